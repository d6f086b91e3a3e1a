// The header's language switch keeps the reader's place: each of its links leads to the section
// the reader was reading, in that language, whose sections have the same ids. Without JavaScript
// they lead to the top of each language. The switch sits at the top of the page, so a reader reaches it
// by scrolling back up through the sections above their place: the place is the section whose top
// the reader last passed going down (or jumped past, with a link), not the one on screen. One
// IntersectionObserver, as the scrolly's (scrollyController.ts): the observed area runs from far
// above the page down to the reading line, so a section enters it exactly when its top passes that
// line going down. Kept apart from storyPage.ts, sharing no module with it, so that each stays a
// small script written in the page.

/** The reading line, as a share of the viewport's height from its top. */
const READING_LINE = 0.5;
/** How far above the viewport the observed area reaches: further than any page is long. */
const ABOVE_THE_PAGE = 1_000_000;

export function startLanguageSwitch(): void {
  // One link per other language, each with the top of its edition.
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a.language-switch')].map((link) => ({ link, top: link.getAttribute('href') ?? '' }));
  const sections = [...document.querySelectorAll<HTMLElement>('section.story__section[id]')];
  if (links.length === 0 || sections.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      const reached = entries.filter((entry) => entry.isIntersecting).map((entry) => sections.indexOf(entry.target as HTMLElement));
      if (reached.length === 0) return;
      const place = sections[Math.max(...reached)]!.id;
      for (const { link, top } of links) link.setAttribute('href', `${top}#${place}`);
    },
    { rootMargin: `${ABOVE_THE_PAGE}px 0px -${(1 - READING_LINE) * 100}% 0px` },
  );
  sections.forEach((section) => observer.observe(section));
}
