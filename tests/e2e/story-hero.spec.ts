// The story's opening: the money's path drawn by the QR widget's own drawing, played once in CSS,
// seen in the first screen with and without JavaScript; and the table of contents, folded on a
// phone and open on a laptop.
import { expect, test, type Page } from '@playwright/test';
import { storyHeroCaption } from '../../src/story/storyHeroStrings.ts';
import { locales, storyUrl } from '../support/story.ts';

const hero = (page: Page) => page.locator('header [data-story-hero]');

/** The hero's running CSS animations, and the place whose box holds its amount. */
const heroState = (page: Page) =>
  hero(page).evaluate((figure) => {
    const amount = figure.querySelector('[data-money-token]')!.getBoundingClientRect();
    const holds = (zone: Element) => {
      const b = zone.getBoundingClientRect();
      return amount.left >= b.left - 0.5 && amount.right <= b.right + 0.5 && amount.top >= b.top - 0.5 && amount.bottom <= b.bottom + 0.5;
    };
    return {
      running: document.getAnimations().filter((a) => a.playState === 'running' && figure.contains((a.effect as KeyframeEffect).target)).length,
      amountIn: [...figure.querySelectorAll('[data-zone]')].filter(holds).map((zone) => zone.getAttribute('data-zone')),
    };
  });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    for (const [width, height] of [[390, 844], [1280, 800]] as const) {
      for (const locale of locales) {
        test(`the opening graphic shows in the first screen at ${width} px (${locale})`, async ({ page }) => {
          await page.setViewportSize({ width, height });
          await page.emulateMedia({ reducedMotion: 'reduce' });
          await page.goto(storyUrl[locale]);
          // Without JavaScript the page sends the reader to its static edition, which has the hero too.
          if (!javaScriptEnabled) await expect(page).toHaveURL(/static\/$/);
          await expect(hero(page)).toBeVisible();
          await expect(hero(page).locator('figcaption')).toHaveText(storyHeroCaption[locale]);
          const box = (await hero(page).locator('.drawing').boundingBox())!;
          expect(box.height, 'the drawing is drawn').toBeGreaterThan(200);
          expect(box.x + box.width, 'nothing overflows sideways').toBeLessThanOrEqual(width);
          expect(box.y, 'the drawing starts in the first screen').toBeLessThan(height - 150);
          // The end state: the money in the friend's Alipay, nothing moving.
          expect(await heroState(page)).toEqual({ running: 0, amountIn: ['friendAlipay'] });
        });
      }
    }
  });
}

test.describe('the opening graphic plays the money’s path once', () => {
  test('from the sender, through Alipay’s hold, to the friend’s Alipay, without a layout shift', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('en/');
    await expect.poll(async () => (await heroState(page)).running, { message: 'the hero animates' }).toBeGreaterThan(0);
    // It moves by translate only: the layout never shifts while it plays.
    const shift = await hero(page).evaluate(async (figure) => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
      }).observe({ type: 'layout-shift', buffered: false });
      await Promise.all(document.getAnimations().filter((a) => figure.contains((a.effect as KeyframeEffect).target)).map((a) => a.finished));
      return total;
    });
    expect(shift).toBe(0);
    expect(await heroState(page)).toEqual({ running: 0, amountIn: ['friendAlipay'] });
  });

  test('not in the static edition, even without reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('en/static/');
    await expect(hero(page)).toBeVisible();
    expect(await heroState(page)).toEqual({ running: 0, amountIn: ['friendAlipay'] });
  });
});

test.describe('the table of contents', () => {
  test('is folded on a phone and opens from the keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('en/');
    const toc = page.getByRole('navigation', { name: 'Contents' });
    const firstEntry = toc.getByRole('link').first();
    await expect(firstEntry).toBeHidden();
    const fold = toc.locator('summary');
    await expect(fold).toBeVisible();
    for (let i = 0; i < 20 && !(await fold.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(fold).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(firstEntry).toBeVisible();
    await expect(toc.getByRole('link')).toHaveCount(await page.locator('section.story__section').count());
  });

  test('is open on a laptop, with no fold to press', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./');
    const toc = page.getByRole('navigation', { name: 'Sommaire' });
    for (const link of await toc.getByRole('link').all()) await expect(link).toBeVisible();
    await expect(toc.locator('summary')).toBeHidden();
  });
});
