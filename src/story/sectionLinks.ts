// A section's link (SectionLinks.astro): on a phone that can share, the share sheet; elsewhere the
// address is copied and the link says so. Without JavaScript it is a plain anchor. (Kept small:
// the story page's script must stay under Astro's 4 KB inlining limit, story-weight.spec.ts.)
export function startSectionLinks(): void {
  addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-section-link]');
    if (!link) return;
    event.preventDefault();
    const url = link.href;
    if (navigator.share && matchMedia('(pointer:coarse)').matches) navigator.share({ url }).catch(() => {});
    else void navigator.clipboard.writeText(url).then(() => (link.textContent = link.dataset.copied!));
  });
}
