// Scrolling through a section changes its graphic, step by step, both ways, and says so politely.
import { expect, test, type Page } from '@playwright/test';
import { expectHydrated } from '../support/hydrate.ts';

/** Puts a step's top above the reading line (55 % of the viewport), as a reader scrolling would. */
async function scrollToStep(page: Page, section: string, index: number) {
  await page.locator(`section#${section} .scrolly-step`).nth(index).evaluate((step) => {
    window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
  });
}

async function hydratedWidget(page: Page, section: string) {
  const widget = page.locator(`section#${section} .graphic__live [data-widget]`);
  await widget.scrollIntoViewIfNeeded();
  await expectHydrated(page, `section#${section}`);
  return widget;
}

for (const [locale, url] of [['fr', './'], ['en', 'en/']] as const) {
  test(`scrolling the first section moves its graphic through every state and back (${locale})`, async ({ page }) => {
    await page.goto(url);
    const widget = await hydratedWidget(page, 'trial');
    const steps = await page.locator('section#trial .scrolly-step').count();
    expect(steps).toBeGreaterThanOrEqual(3);
    const status = widget.locator('[aria-live=polite]');
    const said: string[] = [];
    for (let index = 0; index < steps; index++) {
      await scrollToStep(page, 'trial', index);
      await expect(widget).toHaveAttribute('data-state', String(index));
      await expect(page.locator('section#trial .scrolly-step').nth(index)).toHaveClass(/is-active/);
      said.push((await status.textContent())!);
    }
    expect(new Set(said).size).toBe(steps);
    for (let index = steps - 1; index >= 0; index--) {
      await scrollToStep(page, 'trial', index);
      await expect(widget).toHaveAttribute('data-state', String(index));
      await expect(status).toHaveText(said[index]!);
    }
  });
}

test('a reload in the middle of a section lands on the step in view', async ({ page }) => {
  await page.goto('en/');
  await hydratedWidget(page, 'trial');
  await scrollToStep(page, 'trial', 2);
  const widget = page.locator('section#trial .graphic__live [data-widget]');
  await expect(widget).toHaveAttribute('data-state', '2');
  await page.reload();
  await expect(widget).toHaveAttribute('data-state', '2');
});

test('a jump that carries every step past the reading line unseen lands on the last of them', async ({ page }) => {
  await page.goto('en/');
  const block = page.locator('section#trial [data-scrolly]');
  const steps = block.locator('.scrolly-step');
  const last = (await steps.count()) - 1;
  // The state a step shows: the one it declares, else its position.
  const lastState = (await steps.nth(last).getAttribute('data-state')) ?? String(last);
  expect(lastState).not.toBe((await steps.nth(0).getAttribute('data-state')) ?? '0');
  await expect(block).toHaveAttribute('data-scrolly-ready');
  // As a link or the back button would: straight from the top to just past the last step, so no
  // step was ever between the top of the screen and the reading line.
  await steps.nth(last).evaluate((step) => {
    window.scrollTo({ top: step.getBoundingClientRect().bottom + window.scrollY + 10, behavior: 'instant' });
  });
  await expectHydrated(page, 'section#trial');
  await expect(block.locator('.graphic__live [data-widget]')).toHaveAttribute('data-state', lastState);
});

test('with reduced motion the graphic changes state without any transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('en/');
  const widget = await hydratedWidget(page, 'trial');
  await scrollToStep(page, 'trial', 1);
  await expect(widget).toHaveAttribute('data-state', '1');
  const running = await page.evaluate(() => document.getAnimations().length);
  expect(running).toBe(0);
  const durations = await widget.locator('svg *').evaluateAll((nodes) =>
    nodes.map((node) => getComputedStyle(node).transitionDuration).filter((d) => d.split(',').some((part) => parseFloat(part) > 0)),
  );
  expect(durations).toEqual([]);
});

test('on a phone whose first view ends on the edge of the first graphic, the graphic follows the steps once the reader reaches them', async ({ page }) => {
  const graphic = page.locator('section#trial .graphic__live [data-widget]');
  // The graphic's top edge shows about 60 px above the bottom of the first view. Its place in its
  // section follows the screen's height, so the height is found in a few tries.
  let height = 900;
  for (let tries = 0; tries < 6; tries++) {
    await page.setViewportSize({ width: 412, height });
    await page.goto('./');
    const top = await graphic.evaluate((node) => node.getBoundingClientRect().top + window.scrollY);
    if (top < height && top > height - 120) break;
    height = Math.round(top) + 60;
  }
  await page.goto('./');
  expect(await graphic.evaluate((node) => node.getBoundingClientRect().top)).toBeLessThan(page.viewportSize()!.height);
  await scrollToStep(page, 'trial', 0);
  await expectHydrated(page, 'section#trial');
  await scrollToStep(page, 'trial', 1);
  await expect(graphic).toHaveAttribute('data-state', '1');
});
