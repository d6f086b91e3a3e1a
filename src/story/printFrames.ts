// The printed story shows every state of every graphic, as the static edition draws them
// (public/print.css lays them out). The interactive page does not carry those frames (they would
// add 40 % to its HTML for every reader): while it prints, it borrows them from the static
// edition, section by section. A browser draws its print preview as soon as `beforeprint` has run,
// before any fetch could answer, so the static edition is read beforehand where that costs no
// bytes: from the offline copy, once the service worker has kept it. Otherwise it is fetched when
// the reader prints, for the browsers that wait for it. Kept apart from storyPage.ts, sharing no
// module with it, so that each stays a small script written in the page.

export function startPrintFrames(): void {
  // The static edition: the page a link marked in the footer leads to.
  const url = document.querySelector<HTMLAnchorElement>('a[data-print-frames]')?.href;
  if (url === undefined) return;
  let edition: string | undefined;
  let printing = false;
  let borrowed: Element[] = [];

  const lend = (html: string) => {
    if (!printing || borrowed.length > 0) return;
    const page = new DOMParser().parseFromString(html, 'text/html');
    for (const frames of page.querySelectorAll('section[id] .graphic--static')) {
      const links = document.getElementById(frames.closest('section')!.id)?.querySelector(':scope > .section-links');
      if (!links) continue;
      const copy = document.importNode(frames, true);
      links.after(copy);
      borrowed.push(copy);
    }
    if (borrowed.length > 0) document.documentElement.dataset.printFrames = '';
  };

  addEventListener('load', () => {
    if (!('caches' in window)) return;
    // Workbox keeps the page under its URL with a revision added: the query is not compared.
    setTimeout(() => void caches.match(url, { ignoreSearch: true }).then((kept) => kept?.text()).then((html) => (edition ??= html)), 0);
  }, { once: true });
  addEventListener('beforeprint', () => {
    printing = true;
    if (edition !== undefined) return lend(edition);
    void fetch(url)
      .then((response) => (response.ok ? response.text() : undefined))
      .then((html) => {
        edition = html;
        if (html !== undefined) lend(html);
      });
  });
  addEventListener('afterprint', () => {
    printing = false;
    borrowed.forEach((copy) => copy.remove());
    borrowed = [];
    delete document.documentElement.dataset.printFrames;
  });
}
