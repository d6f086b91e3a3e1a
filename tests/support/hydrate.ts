import { expect, type Page } from '@playwright/test';

/** Brings every graphic into view in turn, waits for its island to hydrate, then scrolls to the end. */
export async function hydrateEveryGraphic(page: Page): Promise<void> {
  const graphics = page.locator('.graphic__live');
  for (let index = 0; index < (await graphics.count()); index++) {
    await graphics.nth(index).evaluate((graphic) => graphic.scrollIntoView({ block: 'center' }));
    const island = graphics.nth(index).locator('astro-island');
    // Astro removes the island's `ssr` marker once the component has hydrated.
    if ((await island.count()) > 0) await expect(island.first()).not.toHaveAttribute('ssr', /.*/);
  }
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
}
