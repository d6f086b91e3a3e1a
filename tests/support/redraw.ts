// The widgets redraw a frame after a tap (src/lib/afterPaint.svelte.ts), and mark it on an
// attribute. Tests that look at the first frames of a redraw wait for that mark inside the page,
// in the same evaluate that then looks: installed as an init script, so any evaluate can call it.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** Resolves once `element`'s `attribute` equals `until`, or, without it, differs from now. */
    attributeChange(element: Element, attribute: string, until?: string): Promise<void>;
  }
}

/** Gives the page's next documents `window.attributeChange`; call before `page.goto`. */
export async function watchRedraws(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.attributeChange = (element, attribute, until) =>
      new Promise((resolve) => {
        const before = element.getAttribute(attribute);
        const reached = () => (until === undefined ? element.getAttribute(attribute) !== before : element.getAttribute(attribute) === until);
        const observer = new MutationObserver(() => {
          if (!reached()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(element, { attributes: true, attributeFilter: [attribute] });
      });
  });
}
