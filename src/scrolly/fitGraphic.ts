// Fits each sticky graphic in the box the scrolly gives it (Scrolly.astro): scaled down, whole,
// when it is taller (a phone's graphic shares the screen with the cards, a laptop's never runs
// past the window), and centred in its height. The graphic is laid out at the top of its box and
// moved by a transform only: centring it in layout moved it each time its height changed (a
// widget hydrating, a graphic drawn as it nears the screen), which counted as layout shifts. The
// sizes come from a ResizeObserver, which reports after layout, so nothing here forces one. A
// widget that fits itself to its box (cqh units, @container scrolly-graphic) is never scaled.

/** The scale that fits a graphic `height` tall into `room`: never enlarged. */
export function fitScale(room: number, height: number): number {
  if (!(room > 0) || !(height > room)) return 1;
  return Math.floor((room / height) * 1000) / 1000;
}

/** How far down its box a graphic, once scaled, sits to be centred in it. */
export function centringOffset(room: number, height: number, scale: number): number {
  return Math.max(0, Math.floor((room - height * scale) / 2));
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
      const room = roomOf.get(graphic.parentElement!) ?? 0;
      const height = heightOf.get(graphic) ?? 0;
      const scale = fitScale(room, height);
      graphic.style.setProperty('--graphic-scale', String(scale));
      graphic.style.setProperty('--graphic-offset', `${centringOffset(room, height, scale)}px`);
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
