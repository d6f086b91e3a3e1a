// The market-share block draws each part's squares as one path (src/widgets/market-share/
// unitCells.ts). Tests that look at single squares read them back from the path, on screen:
// installed as an init script, so any evaluate can call it.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** Screen boxes of the squares a `M x,y h s v s h -s Z` path draws, after every transform. */
    squareBoxes(path: SVGGraphicsElement): DOMRect[];
  }
}

/** Gives the page's next documents `window.squareBoxes`; call before `page.goto`. */
export async function watchSquares(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.squareBoxes = (path) => {
      const toScreen = path.getScreenCTM();
      if (toScreen === null) return [];
      return [...(path.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+),(-?[\d.]+)h([\d.]+)/g)].map(([, x, y, size]) => {
        const topLeft = new DOMPoint(Number(x), Number(y)).matrixTransform(toScreen);
        const bottomRight = new DOMPoint(Number(x) + Number(size), Number(y) + Number(size)).matrixTransform(toScreen);
        return new DOMRect(topLeft.x, topLeft.y, bottomRight.x - topLeft.x, bottomRight.y - topLeft.y);
      });
    };
  });
}
