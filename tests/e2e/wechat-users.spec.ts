// The WeChat-users chart as readers see it: a true time axis (the gap between two points on the
// page follows the time between their dates, not the row order), the end-2014 figure shown as the
// floor its source gives ("more than 500 million"), the billion dated to Q1 2018, in the story at
// each of its steps, at a phone's width and a desktop's, and in the static edition.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectHydrated } from '../support/hydrate.ts';
import { embedUrl as embedOf, locales, storyUrl, type Locale } from '../support/story.ts';

const staticUrl = (locale: Locale) => `${storyUrl[locale]}static/`;
const embedUrl = (locale: Locale) => embedOf(locale, 'wechat-users');

// ---- What the data file says, read here independently of the widget's code. ----
const rows = csvParse(readFileSync('content/data/wechat-users.csv', 'utf8'));
const dates = rows.map((row) => row.date!);
const floors = rows.filter((row) => row.bound === 'lower');
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** What the page must write for a floor: the words, not a bare number. */
const floorWords: Record<Locale, RegExp> = { fr: /^plus de 500[\u00a0\u202f ]millions$/, en: /^more than 500 million$/, zh: /^超过5亿$/ };
const passedIn: Record<Locale, RegExp> = { fr: /1er trimestre 2018/, en: /Q1 2018/, zh: /2018年第一季度/ };
/** The error this chart corrects, in any of the languages. */
const lateTwentyEighteen = /fin 2018|late 2018|end of 2018|end-2018|2018年底|2018年末/i;
/** Half a pixel of rounding each side, and some. */
const TOLERANCE_PX = 1;

/** Centre x of each drawn point, by date, on screen. */
async function pointCentres(chart: Locator): Promise<Map<string, number>> {
  const centres = await chart.locator('svg .mark[data-date]').evaluateAll((marks) =>
    marks.map((mark) => {
      const box = mark.getBoundingClientRect();
      return [mark.getAttribute('data-date')!, box.left + box.width / 2] as const;
    }),
  );
  return new Map(centres);
}

/** Every point is where a straight time axis through the first and last puts it. */
async function expectTimeAxis(chart: Locator): Promise<void> {
  const centres = await pointCentres(chart);
  expect([...centres.keys()].sort()).toEqual([...dates].sort());
  const first = dates[0]!;
  const last = dates.at(-1)!;
  const perMs = (centres.get(last)! - centres.get(first)!) / (time(last) - time(first));
  expect(perMs).toBeGreaterThan(0);
  for (const date of dates) {
    const expected = centres.get(first)! + perMs * (time(date) - time(first));
    expect(Math.abs(centres.get(date)! - expected), `x of ${date}: ${centres.get(date)} against ${expected}`).toBeLessThanOrEqual(TOLERANCE_PX);
  }
  // The check has teeth: evenly spaced points would put the two gaps below at the same width.
  const gap = (from: string, to: string) => centres.get(to)! - centres.get(from)!;
  expect(gap('2014-12-31', '2016-06-30') / gap('2022-06-30', '2022-09-30')).toBeGreaterThan(5);
}

/** The end-2014 figure is drawn as a floor and labelled with the words its source uses. */
async function expectFloor(chart: Locator, locale: Locale): Promise<void> {
  for (const floor of floors) {
    const mark = chart.locator(`svg .mark[data-date="${floor.date}"]`);
    await expect(mark).toHaveAttribute('data-bound', 'lower');
    await expect(mark.locator('circle')).toHaveCount(0);
    const label = chart.locator(`.bound-label[data-date="${floor.date}"]`);
    await expect(label).toBeVisible();
    await expect(label).toHaveText(floorWords[locale]);
  }
}

async function scrollToStep(page: Page, index: number): Promise<void> {
  await page.locator('section#trial .scrolly-step').nth(index).evaluate((step) => {
    window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
  });
}

const highlightFor = ['2016-12-31', '2022-09-30', dates.at(-1)!];

for (const locale of locales) {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test(`story (${locale}, ${viewport.width} px): points on a time axis at every step, the floor as a floor`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(storyUrl[locale]);
      const widget = page.locator('section#trial .graphic__live [data-widget="wechat-users"]');
      await widget.scrollIntoViewIfNeeded();
      await expectHydrated(page, 'section#trial');
      const chart = widget.locator('.users-chart');
      const atStart = await pointCentres(chart);
      for (const [step, highlight] of highlightFor.entries()) {
        await scrollToStep(page, step);
        await expect(widget).toHaveAttribute('data-state', String(step));
        await expect(chart.locator('svg .mark.highlighted')).toHaveAttribute('data-date', highlight);
        await expectTimeAxis(chart);
        await expectFloor(chart, locale);
        // The axis stays put from step to step: only the highlight moves.
        for (const [date, x] of await pointCentres(chart)) expect(Math.abs(x - atStart.get(date)!), date).toBeLessThan(0.5);
        const claim = chart.locator('.claim-label');
        if (step === 1) {
          await expect(claim).toHaveCSS('opacity', '1');
          await expect(claim).toContainText(passedIn[locale]);
          await expect(widget.locator('[aria-live=polite]')).toContainText(passedIn[locale]);
        }
        await expect(widget).not.toContainText(lateTwentyEighteen);
      }
      // Screen readers get the series from the table: the floor is "more than" there too.
      const row = widget.locator(`table tr[data-date="${floors[0]!.date}"] td`).first();
      await expect(row).toHaveText(floorWords[locale]);
    });
  }

  test(`static edition (${locale}): every frame on the same time axis, the floor as a floor`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(staticUrl(locale));
    const frames = page.locator('section#trial .graphic__frames');
    await expect(frames).toBeVisible();
    const charts = frames.locator('.users-chart');
    await expect(charts).toHaveCount(highlightFor.length);
    for (const [index, highlight] of highlightFor.entries()) {
      const chart = charts.nth(index);
      await chart.scrollIntoViewIfNeeded();
      await expectTimeAxis(chart);
      await expectFloor(chart, locale);
      await expect(chart.locator('svg .mark.highlighted')).toHaveAttribute('data-date', highlight);
    }
    await expect(charts.nth(1).locator('.claim-label')).toContainText(passedIn[locale]);
    await expect(frames).not.toContainText(lateTwentyEighteen);
    const figures = frames.locator('details');
    await figures.locator('summary').click();
    await expect(figures.locator(`tr[data-date="${floors[0]!.date}"] td`).first()).toHaveText(floorWords[locale]);
    await context.close();
  });

  test(`embed (${locale}) at 320 px: every word inside the page, at every step`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const step of [0, 1, 2]) {
      await page.goto(`${embedUrl(locale)}?step=${step}`);
      await expectHydrated(page, '.graphic__live');
      const chart = page.locator('.graphic__live .users-chart');
      await expectTimeAxis(chart);
      await expectFloor(chart, locale);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const outside = await chart.locator('.label').evaluateAll((labels) => {
        const frame = labels[0]!.closest('.users-chart')!.getBoundingClientRect();
        return labels
          .filter((label) => getComputedStyle(label).display !== 'none' && Number(getComputedStyle(label).opacity) > 0)
          .filter((label) => {
            const box = label.getBoundingClientRect();
            return box.left < frame.left - 1 || box.right > frame.right + 1;
          })
          .map((label) => label.textContent);
      });
      expect(outside).toEqual([]);
    }
  });
}

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const locale of locales) {
    test(`less certain points stay hollow and firm ones filled, on the page's own background (${locale})`, async ({ page }) => {
      await page.goto(embedUrl(locale));
      await expectHydrated(page, '.graphic__live');
      const chart = page.locator('.graphic__live .users-chart');
      const looks = await chart.locator('svg .mark circle').evaluateAll((circles) =>
        circles.map((circle) => {
          const style = getComputedStyle(circle);
          return { certainty: circle.closest('.mark')!.classList.contains('firm') ? 'firm' : 'less certain', fill: style.fill, stroke: style.stroke };
        }),
      );
      const hollow = looks.filter((look) => look.certainty === 'less certain');
      const filled = looks.filter((look) => look.certainty === 'firm');
      expect(hollow.length).toBeGreaterThan(0);
      expect(filled.length).toBeGreaterThan(0);
      // Hollow means no fill at all: a disc painted in the page colour reads as a solid dark dot on a card.
      for (const look of hollow) expect(look.fill).toBe('none');
      for (const look of filled) expect(look.fill).toBe(look.stroke);
      // The key under the chart draws the same hollow ring.
      for (const fill of await page.locator('.graphic__live .users-key circle').evaluateAll((circles) => circles.map((circle) => getComputedStyle(circle).fill))) {
        expect(fill).toBe('none');
      }
    });
  }
});
