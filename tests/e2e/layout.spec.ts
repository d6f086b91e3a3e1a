// Where the graphic and the words sit, step by step, as a reader scrolls the story on phones and
// laptops: the graphic leads and fits the screen, no card covers it, no text is drawn over it.
// The run also writes a picture of every step (390 and 1280 px, light and dark) into
// test-results/steps/, for people to look through; they are not compared.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { locales, sectionFiles, storyUrl } from '../support/story.ts';

const viewports = [
  { width: 360, height: 780 },
  { width: 390, height: 844 },
  { width: 412, height: 915 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];
const picturedWidths = new Set([390, 1280]);
/** Wide screens put the graphic beside the cards (Scrolly.astro's 60rem breakpoint). */
const isPhone = (width: number) => width < 960;

interface Box { top: number; bottom: number; left: number; right: number; width: number; height: number }
interface Geometry {
  viewport: { width: number; height: number };
  card: Box;
  sticky: Box;
  /** The graphic as drawn, its scale included. */
  graphic: Box;
  /** Text of the story drawn over a sticky graphic. */
  textOverGraphic: string[];
  /** The graphic's controls that a tap at their centre would not reach. */
  unreachableControls: string[];
}

/**
 * Scrolls the page so the card comes to rest where a reader finds it: on a phone, just under the
 * graphic that holds the top of the screen; on a laptop, at mid-height beside it.
 */
async function bringToRest(step: Locator, phone: boolean) {
  await step.evaluate((card, phone) => {
    const sticky = card.closest('[data-scrolly]')!.querySelector('.scrolly__sticky')!;
    const restingTop = phone ? sticky.getBoundingClientRect().height + 8 : window.innerHeight / 2;
    window.scrollBy({ top: card.getBoundingClientRect().top - restingTop, behavior: 'instant' });
  }, phone);
}

function measure(step: Locator): Promise<Geometry> {
  return step.evaluate((card) => {
    const sticky = card.closest('[data-scrolly]')!.querySelector<HTMLElement>('.scrolly__sticky')!;
    const graphic = sticky.firstElementChild!;
    const box = (rect: DOMRect): Box => ({ top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right, width: rect.width, height: rect.height });
    const stickyBox = sticky.getBoundingClientRect();
    const textOverGraphic: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || sticky.contains(node)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const left = Math.max(rect.left, stickyBox.left, 0);
        const right = Math.min(rect.right, stickyBox.right, window.innerWidth);
        const top = Math.max(rect.top, stickyBox.top, 0);
        const bottom = Math.min(rect.bottom, stickyBox.bottom, window.innerHeight);
        if (right - left < 1 || bottom - top < 1) continue;
        // What a reader sees at that point: the graphic (the text is under it) or the text.
        const seen = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
        if (seen && !sticky.contains(seen)) textOverGraphic.push(node.textContent.trim().slice(0, 60));
      }
    }
    // A control hidden for looks (a tab's radio button) is reached through its label.
    const target = (control: HTMLElement): HTMLElement => {
      const rect = control.getBoundingClientRect();
      const label = control instanceof HTMLInputElement ? control.labels?.[0] : undefined;
      return rect.width < 2 && rect.height < 2 && label ? label : control;
    };
    const unreachableControls = [...sticky.querySelectorAll<HTMLElement>('a[href], button, summary, input, select')]
      .map(target)
      .filter((control) => control.checkVisibility({ visibilityProperty: true }))
      .flatMap((control) => {
        const rect = control.getBoundingClientRect();
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        const name = control.textContent?.trim() || control.getAttribute('aria-label') || control.tagName;
        if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return [`${name} (off screen)`];
        const seen = document.elementFromPoint(x, y);
        if (seen && (control.contains(seen) || seen.contains(control))) return [];
        return [`${name} (under ${seen?.tagName}.${seen?.className})`];
      });
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      card: box(card.getBoundingClientRect()),
      sticky: box(stickyBox),
      graphic: box(graphic.getBoundingClientRect()),
      textOverGraphic,
      unreachableControls,
    };
  });
}

const overlap = (a: Box, b: Box) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5 && Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5;

function expectLaidOut(geometry: Geometry, phone: boolean, where: string) {
  const { viewport, card, graphic } = geometry;
  expect(geometry.textOverGraphic, `${where}: text drawn over the graphic`).toEqual([]);
  expect(geometry.unreachableControls, `${where}: graphic controls a tap cannot reach`).toEqual([]);
  expect(overlap(card, graphic), `${where}: the card covers the graphic`).toBe(false);
  // The graphic is whole on screen, within its box.
  expect(graphic.top).toBeGreaterThanOrEqual(Math.max(0, geometry.sticky.top) - 1);
  expect(graphic.bottom).toBeLessThanOrEqual(Math.min(viewport.height, geometry.sticky.bottom) + 1);
  expect(graphic.left).toBeGreaterThanOrEqual(-1);
  expect(graphic.right).toBeLessThanOrEqual(viewport.width + 1);
  if (phone) {
    // The card rests in view under the graphic.
    expect(card.top).toBeGreaterThanOrEqual(geometry.sticky.bottom - 1);
    expect(card.top).toBeLessThan(viewport.height);
  } else {
    expect(graphic.width).toBeGreaterThanOrEqual(viewport.width / 2);
    expect(card.left).toBeGreaterThanOrEqual(8);
    expect(card.right).toBeLessThanOrEqual(viewport.width - 8);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.top).toBeLessThan(viewport.height);
  }
}

async function picture(page: Page, name: string) {
  // A reader sees the step once the timeline's zoom has settled (its labels are written then).
  await expect(page.locator('[data-zooming]')).toHaveCount(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: join('test-results', 'steps', `${name}-${colorScheme}.png`), animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

for (const locale of locales) {
  const stepCount = sectionFiles(locale).reduce((sum, section) => sum + section.steps, 0);
  for (const viewport of viewports) {
    const phone = isPhone(viewport.width);
    test(`${locale} at ${viewport.width} px: at every step the graphic fits the screen and no card or text covers it`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      await page.goto(storyUrl[locale]);
      const steps = page.locator('[data-scrolly] .scrolly-step');
      await expect(steps).toHaveCount(stepCount);
      for (let index = 0; index < stepCount; index++) {
        const step = steps.nth(index);
        await bringToRest(step, phone);
        await expect(step).toHaveClass(/is-active/);
        // A widget that hydrates or grows is rescaled after its next layout: retry until it is.
        await expect(async () => expectLaidOut(await measure(step), phone, `step ${index}`)).toPass({ timeout: 10_000 });
        if (picturedWidths.has(viewport.width)) {
          const section = await step.evaluate((card) => card.closest('section')!.id);
          await picture(page, `${locale}-${viewport.width}-${String(index).padStart(2, '0')}-${section}`);
        }
      }
    });
  }
}
