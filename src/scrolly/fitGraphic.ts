// Scales each sticky graphic down, whole, when it is taller than the box the scrolly gives it
// (Scrolly.astro): a phone's graphic shares the screen with the cards, a laptop's never runs past
// the window. The sizes come from a ResizeObserver, which reports after layout, so nothing here
// forces one; a transform moves nothing else on the page (no layout shift). A widget that fits
// itself to its box (cqh units, @container scrolly-graphic) is never scaled.

/** The scale that fits a graphic `height` tall into `room`: never enlarged. */
export function fitScale(room: number, height: number): number {
  if (!(room > 0) || !(height > room)) return 1;
  return Math.floor((room / height) * 1000) / 1000;
}

export function fitGraphics(boxes: Iterable<HTMLElement>): void {
  const roomOf = new Map<Element, number>();
  const heightOf = new Map<Element, number>();
  const graphicOf = new Map<Element, HTMLElement>();
  const observer = new ResizeObserver((entries) => {
    const touched = new Set<HTMLElement>();
    for (const entry of entries) {
      const size = entry.borderBoxSize[0];
      if (graphicOf.has(entry.target)) {
        roomOf.set(entry.target, entry.contentRect.height);
        touched.add(graphicOf.get(entry.target)!);
      } else if (size) {
        heightOf.set(entry.target, size.blockSize);
        touched.add(entry.target as HTMLElement);
      }
    }
    for (const graphic of touched) {
      const scale = fitScale(roomOf.get(graphic.parentElement!) ?? 0, heightOf.get(graphic) ?? 0);
      graphic.style.setProperty('--graphic-scale', String(scale));
    }
  });
  for (const box of boxes) {
    const graphic = box.firstElementChild;
    if (!(graphic instanceof HTMLElement)) continue;
    graphicOf.set(box, graphic);
    observer.observe(box);
    observer.observe(graphic);
  }
}
