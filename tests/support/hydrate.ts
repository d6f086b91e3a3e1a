import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Live widgets inside `scope` still showing only their server render: story islands keep Astro's
 * `ssr` marker until they hydrate; an embed page's root gets `data-hydrated` (src/embed/embedRoot.ts).
 */
const notYetHydrated = (scope: string) => `${scope} astro-island[ssr], ${scope} [data-embed-root]:not([data-hydrated])`;

/** Waits until every live widget in `scope` (a CSS selector, the whole page by default) has hydrated. */
export async function expectHydrated(page: { locator(selector: string): Locator }, scope = ''): Promise<void> {
  await expect(page.locator(`${scope} astro-island, ${scope} [data-embed-root]`.trim()).first()).toBeAttached();
  await expect(page.locator(notYetHydrated(scope).trim())).toHaveCount(0);
}

/** Brings every graphic into view in turn, waits for its widget to hydrate, then scrolls to the end. */
export async function hydrateEveryGraphic(page: Page): Promise<void> {
  const graphics = page.locator('.graphic__live');
  for (let index = 0; index < (await graphics.count()); index++) {
    await graphics.nth(index).evaluate((graphic) => graphic.scrollIntoView({ block: 'center' }));
    await expect(graphics.nth(index).locator(notYetHydrated(''))).toHaveCount(0);
  }
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
}
