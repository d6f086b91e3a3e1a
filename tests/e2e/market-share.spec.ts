// The market-share widget as readers meet it: every number drawn is the data file's, the firm switch,
// the table and the download match the file, keyboard and screen readers reach every point, it holds
// at 320 px in both themes, works without JavaScript, and follows the story's scroll.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectHydrated } from '../support/hydrate.ts';
import { watchRedraws } from '../support/redraw.ts';
import { watchSquares } from '../support/squares.ts';
import { csvParse } from 'd3-dsv';
import { columnsIn, withColumnsIn } from '../../src/data/csvColumns.ts';
import { formatPercent, formatQuarter } from '../../src/lib/format.ts';
import { embedUrl as embedOf, locales, storyUrl, type Locale } from '../support/story.ts';

const embedUrl = (locale: Locale) => embedOf(locale, 'market-share');

// ---- The words a reader of each language meets. Chinese readers know the firms by their Chinese names. ----
type FirmId = 'iresearch' | 'analysys';
const firmName: Record<Locale, Record<FirmId, string>> = {
  fr: { iresearch: 'iResearch', analysys: 'Analysys' },
  en: { iresearch: 'iResearch', analysys: 'Analysys' },
  zh: { iresearch: '艾瑞咨询', analysys: '易观' },
};
const firmSwitch: Record<Locale, string> = { fr: 'Institut d’études', en: 'Research firm', zh: '研究机构' };
/** The two leaders drawn as one block. */
const pairLabel: Record<Locale, string> = { fr: 'Alipay + WeChat Pay', en: 'Alipay + WeChat Pay', zh: '支付宝＋微信支付' };
/** A table cell with no figure, once its spaces are gone. */
const notFound: Record<Locale, string> = { fr: '—nontrouvé', en: '—notfound', zh: '—未找到' };
/** After a value we computed, in the table: Chinese brackets are full-width and take no space before them. */
const computedMark: Record<Locale, string> = { fr: ' (calculé)', en: ' (computed)', zh: '（计算值）' };
/** What the details panel says of a point. */
const qualifier: Record<Locale, { low: string; computed: string; pair: string }> = {
  fr: { low: 'fiabilité faible', computed: 'calculée par nous', pair: 'Alipay plus WeChat Pay' },
  en: { low: 'low confidence', computed: 'computed by us', pair: 'Alipay plus WeChat Pay' },
  zh: { low: '可信度低', computed: '由我们根据其他公开数字计算', pair: '支付宝加微信支付' },
};

// ---- What the data file says, read here independently of the widget's own code. ----
const CSV_PATH = 'content/data/market-share.csv';
const csvBytes = readFileSync(CSV_PATH);
const csvRows = csvParse(csvBytes.toString('utf8'));
/**
 * The file a reader downloads: the data file as it is or, where the language names the columns in
 * its own words (Chinese), its header row renamed and a byte-order mark first, for spreadsheets.
 */
const downloadBytes = (locale: Locale): Buffer =>
  columnsIn(locale) === null ? csvBytes : Buffer.from(`\uFEFF${withColumnsIn(csvBytes.toString('utf8'), locale)}`, 'utf8');
const num = (cell: string | undefined): number | null => (cell === undefined || cell.trim() === '' ? null : Number(cell));
const rowOf = (series: string, metric: string, period: string) => {
  const row = csvRows.find((r) => r.series === series && r.metric === metric && r.period === period);
  if (!row) throw new Error(`no CSV row ${series} ${metric} ${period}`);
  return row;
};

/** The value a point id (firm:metric:period:part) stands for, computed from the CSV alone. */
function expectedShare(pointId: string): number {
  const [series, metric, period, part] = pointId.split(':') as [string, string, string, string];
  const row = rowOf(series, metric, period);
  const alipay = num(row.alipay)!;
  const tenpay = num(row.tenpay);
  if (part === 'pair') return Math.round((alipay + tenpay!) * 100) / 100;
  if (part === 'others') return num(row.others) ?? Math.round((100 - alipay - tenpay!) * 100) / 100;
  return num(row[part])!;
}

/** French Intl output has moved between U+00A0 and U+202F across ICU versions: compare them as one. */
const sameSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, '\u00a0').trim();
const share = (value: number, locale: Locale): string => sameSpaces(formatPercent(value, locale, 2));
/** The same, as a whole-text pattern for toHaveText / toHaveAttribute. */
const sharePattern = (value: number, locale: Locale, anchorStart = true): RegExp =>
  new RegExp(`${anchorStart ? '^' : ''}${share(value, locale).replace('.', '\\.').replace('\u00a0', '[\\u00a0\\u202f]')}$`);

const headlineCount = (series: string) =>
  csvRows.filter((r) => r.series === series && r.metric === 'transaction-value').reduce((n, r) => n + (r.alipay ? 1 : 0) + (r.tenpay ? 1 : 0), 0);
const lastHeadline = (series: string, part: 'alipay' | 'tenpay') =>
  csvRows
    .filter((r) => r.series === series && r.metric === 'transaction-value' && r[part])
    .sort((a, b) => a.period!.localeCompare(b.period!))
    .at(-1)!;

// ---- Page helpers ----
async function openEmbed(page: Page, locale: Locale, search = ''): Promise<Locator> {
  await page.goto(embedUrl(locale) + search);
  const widget = page.locator('.graphic__live [data-widget="market-share"]');
  await expectHydrated(page, '.graphic__live');
  return widget;
}

/** Presses a view button and waits until the cross-fade is over, so only that view is on screen. */
async function showView(page: Page, widget: Locator, view: number): Promise<void> {
  await widget.locator('.buttons').first().getByRole('button').nth(view).click();
  await expect(widget).toHaveAttribute('data-state', String(view));
  await settled(page);
}

/** The market-share graphics' own transitions have ended (the story's opening plays its own). */
async function settled(page: Page): Promise<void> {
  const running = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-widget="market-share"]')].flatMap((widget) => widget.getAnimations({ subtree: true })).filter((a) => a.playState === 'running').length,
    );
  await expect.poll(running).toBe(0);
}

const visibleText = (root: Locator, selector: string) =>
  root.locator(selector).evaluateAll((nodes) =>
    nodes
      .filter((node) => getComputedStyle(node).visibility === 'visible' && Number(getComputedStyle(node.closest('.layer') ?? node).opacity) > 0)
      .map((node) => ({ id: node.getAttribute('data-share'), text: node.textContent ?? '', classes: node.closest('g')?.getAttribute('class') ?? '' })),
  );

/** Every visible number in the drawing: data values must equal the CSV; anything else must be an axis or the 90 % mark. */
async function expectDrawnNumbersFromData(svg: Locator, locale: Locale): Promise<number> {
  const values = await visibleText(svg, '[data-share]');
  for (const { id, text } of values) expect(sameSpaces(text), id!).toBe(share(expectedShare(id!), locale));
  const allNumbers = await svg.locator('text').evaluateAll((nodes) =>
    nodes
      .filter((node) => node.getBoundingClientRect().width > 0 && getComputedStyle(node).visibility === 'visible')
      .filter((node) => /\d/.test(node.textContent ?? ''))
      .map((node) => ({ text: node.textContent ?? '', data: node.querySelector('[data-share]') !== null || node.hasAttribute('data-share'), where: node.closest('g')?.getAttribute('class') ?? '' })),
  );
  for (const { text, data, where } of allNumbers) {
    if (data) continue;
    const allowed = /axes|marker|annotation/.test(where);
    expect(allowed, `"${text}" is a number on the chart that is not a data value (in g.${where})`).toBe(true);
    if (where.includes('marker')) expect(sameSpaces(text)).toBe(share(90, locale));
  }
  return values.length;
}

for (const locale of locales) {
  test.describe(`market-share embed (${locale})`, () => {
    test('every number drawn in every view equals the data file', async ({ page }) => {
      const widget = await openEmbed(page, locale);
      const svg = widget.locator('svg.share-chart');
      const seen: number[] = [];
      for (const view of [0, 1, 2, 3]) {
        await showView(page, widget, view);
        seen.push(await expectDrawnNumbersFromData(svg, locale));
      }
      // 94.4 + 5.6; 55.6, 38.8, 5.6; the two end labels; four bars.
      expect(seen).toEqual([2, 3, 2, 4]);
      await showView(page, widget, 0);
      const q2 = rowOf('iresearch', 'transaction-value', '2020-Q2');
      await expect(widget.locator('.status')).toContainText(formatQuarter(q2.period!, locale));
    });

    test('the firm switch swaps the series, never mixing the two firms', async ({ page }) => {
      const widget = await openEmbed(page, locale, '?step=2');
      await expect(widget).toHaveAttribute('data-state', '2');
      const svg = widget.locator('svg.share-chart');
      const points = svg.locator('.history [data-point-id]');
      for (const firm of ['analysys', 'iresearch'] as const) {
        await widget.getByRole('group', { name: firmSwitch[locale] }).getByRole('button', { name: firmName[locale][firm] }).click();
        await expect(widget).toHaveAttribute('data-firm', firm);
        await settled(page);
        await expect(points).toHaveCount(headlineCount(firm));
        const ids = await points.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-point-id')!));
        expect(ids.every((id) => id.startsWith(`${firm}:transaction-value:`))).toBe(true);
        for (const part of ['alipay', 'tenpay'] as const) {
          const last = lastHeadline(firm, part);
          await expect(svg.locator(`.history [data-share="${firm}:transaction-value:${last.period}:${part}"]`)).toHaveText(sharePattern(num(last[part])!, locale));
        }
        await expectDrawnNumbersFromData(svg, locale);
        await expect(widget.locator('.caption')).toContainText(firmName[locale][firm]);
      }
    });

    test('the data table shows the file, row by row', async ({ page }) => {
      await openEmbed(page, locale);
      const live = page.locator('.graphic__live');
      const toggle = live.locator('details.data-table > summary');
      await expect(toggle).toBeVisible();
      await expect(live.locator('details.data-table table')).toBeHidden();
      await toggle.click();
      await expect(live.locator('details.data-table table')).toBeVisible();
      const tableRows = live.locator('tr[data-row]');
      await expect(tableRows).toHaveCount(csvRows.length);
      for (const row of csvRows) {
        const tr = live.locator(`tr[data-row="${row.series}:${row.metric}:${row.period}"]`);
        await expect(tr.locator('th')).toHaveText(formatQuarter(row.period!, locale));
        for (const part of ['alipay', 'tenpay', 'others'] as const) {
          const text = sameSpaces((await tr.locator(`td[data-part="${part}"]`).textContent()) ?? '').replace(/\s+/g, ' ');
          const value = num(row[part]);
          if (value === null) {
            expect(text.replace(/\s+/g, '')).toBe(notFound[locale]);
            continue;
          }
          const derived = row.derived!.split(/\s+/).includes(part);
          const expected = share(value, locale) + (derived ? computedMark[locale] : '');
          expect(text.replace(/\u00a0/g, ' '), `${row.series} ${row.period} ${part}`).toBe(expected.replace(/\u00a0/g, ' '));
        }
      }
    });

    test('the download link serves the data file, byte for byte', async ({ page }) => {
      await openEmbed(page, locale);
      const link = page.locator('.graphic__live a[data-download]');
      await expect(link).toBeVisible();
      const href = await link.getAttribute('href');
      expect(href).not.toMatch(/^\/|^https?:/);
      const response = await page.request.get(new URL(href!, page.url()).href);
      expect(response.status()).toBe(200);
      expect(Buffer.compare(await response.body(), downloadBytes(locale))).toBe(0);
    });

    test('keyboard focus reaches every point of every view and shows its value and source', async ({ page }) => {
      // About sixty points, each checked for focus, name, value, period and source link.
      test.setTimeout(180_000);
      const widget = await openEmbed(page, locale);
      const details = widget.locator('[data-point-details]');
      for (const [view, firm] of [[0, 'iresearch'], [1, 'iresearch'], [2, 'iresearch'], [2, 'analysys'], [3, 'iresearch']] as const) {
        await showView(page, widget, view);
        if (view === 2) {
          await widget.locator('.firm').getByRole('button', { name: firmName[locale][firm] }).click();
          await settled(page);
        }
        // The controls sit right under the drawing: back from the first of them is the drawing.
        await widget.locator('.controls button').first().focus();
        const ids = await widget.locator('svg [data-point-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-point-id')!));
        expect(ids.length).toBeGreaterThan(1);
        // Exactly one tab stop in the drawing; the arrows do the rest.
        await expect(widget.locator('svg [data-point-id][tabindex="0"]')).toHaveCount(1);
        await page.keyboard.press('Shift+Tab');
        for (const [index, id] of ids.entries()) {
          const focused = page.locator(':focus');
          await expect(focused).toHaveAttribute('data-point-id', id);
          await expect(focused).toHaveAttribute('aria-label', sharePattern(expectedShare(id), locale, false));
          await expect(details.locator('[data-detail="value"]')).toHaveText(sharePattern(expectedShare(id), locale));
          const [series, metric, period] = id.split(':') as [string, string, string];
          await expect(details.locator('[data-detail="period"]')).toHaveText(formatQuarter(period, locale));
          const row = rowOf(series, metric, period);
          const sourceIds = row.sources!.split(/\s+/);
          const links = details.locator('a[data-detail="source"]');
          await expect(links).toHaveCount(sourceIds.length);
          const catalogue = JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as { id: string; url: string }[];
          await expect(links.first()).toHaveAttribute('href', catalogue.find((s) => s.id === sourceIds[0])!.url);
          if (index < ids.length - 1) await page.keyboard.press('ArrowRight');
        }
      }
    });

    test('computed values and low confidence are said in words', async ({ page }) => {
      const widget = await openEmbed(page, locale, '?step=2');
      await widget.locator('.firm').getByRole('button', { name: firmName[locale].analysys }).click();
      const details = widget.locator('[data-point-details] [data-detail="qualifiers"]');
      await widget.locator('[data-point-id="analysys:transaction-value:2019-Q3:alipay"]').hover();
      await expect(details).toContainText(qualifier[locale].low);
      await widget.locator('[data-point-id="analysys:transaction-value:2018-Q2:tenpay"]').hover();
      await expect(details).toContainText(qualifier[locale].computed);
      await showView(page, widget, 0);
      await widget.locator('[data-point-id="iresearch:transaction-value:2020-Q2:pair"]').hover();
      await expect(details).toContainText(qualifier[locale].pair);
    });

    test('the step parameter picks the starting view, clamped; none or a bad one, the split', async ({ page }) => {
      for (const [search, state] of [['?step=0', '0'], ['?step=3', '3'], ['?step=42', '3'], ['', '1'], ['?step=-1', '1'], ['?step=x', '1']] as const) {
        const widget = await openEmbed(page, locale, search);
        await expect(widget).toHaveAttribute('data-state', state);
        await expect(widget.locator('.buttons').first().getByRole('button', { pressed: true })).toHaveCount(1);
      }
    });
  });
}

test.describe('accessibility and small screens', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const locale of locales) {
      test(`axe finds no violation on the embed page, in any view (${locale}, ${scheme})`, async ({ page }) => {
        // Four full-page scans; slow on a busy two-core machine.
        test.setTimeout(300_000);
        await page.emulateMedia({ colorScheme: scheme });
        const widget = await openEmbed(page, locale);
        await page.locator('.graphic__live details.data-table > summary').click();
        for (const view of [0, 1, 2, 3]) {
          await showView(page, widget, view);
          // With a point inspected, so the details panel and its links are checked too.
          await widget.locator('svg [data-point-id]').first().hover();
          await expect(widget.locator('[data-point-details] a').first()).toBeVisible();
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `view ${view}`).toEqual([]);
        }
      });
    }
  }

  test('in the dark theme the waffle’s block is a mid grey, not the white of the text, and each firm keeps its own colour', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const widget = await openEmbed(page, 'en', '?step=0');
    const colours = await widget.evaluate((root) => {
      const fill = (selector: string) => getComputedStyle(root.querySelector(selector)!).fill;
      const luminance = (colour: string) => {
        const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const text = getComputedStyle(root).color;
      return { block: luminance(fill('.part-cells.paired')), others: luminance(fill('.part-cells.others')), text: luminance(text) };
    });
    // View 0: the two leaders are one block, far dimmer than the text yet brighter than everyone else.
    expect(colours.block).toBeLessThan(colours.text * 0.6);
    expect(colours.block).toBeGreaterThan(colours.others * 1.5);
    await showView(page, widget, 1);
    const apart = await widget.evaluate((root) => [getComputedStyle(root.querySelector('.part-cells.alipay')!).fill, getComputedStyle(root.querySelector('.part-cells.tenpay')!).fill]);
    expect(apart[0]).not.toBe(apart[1]);
  });

  test('at 320 px every label stays legible and inside the frame, with no horizontal scroll', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await watchSquares(page);
    for (const locale of locales) {
      const widget = await openEmbed(page, locale);
      await page.locator('.graphic__live details.data-table > summary').click();
      for (const view of [0, 1, 2, 3]) {
        await showView(page, widget, view);
        const report = await widget.locator('svg.share-chart').evaluate((svg) => {
          const frame = svg.getBoundingClientRect();
          const scale = frame.width / (svg as SVGSVGElement).viewBox.baseVal.width;
          const texts = [...svg.querySelectorAll('text')].filter((t) => getComputedStyle(t).visibility === 'visible' && t.getBoundingClientRect().width > 0);
          const boxes = texts.map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect(), px: parseFloat(getComputedStyle(t).fontSize) * scale }));
          const outside = boxes.filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5 || box.right > window.innerWidth);
          const overlapping: string[] = [];
          boxes.forEach((a, i) =>
            boxes.slice(i + 1).forEach((b) => {
              const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
              const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
              if (x > 1 && y > 1) overlapping.push(`${a.text} / ${b.text}`);
            }),
          );
          // Labels must not sit on the marks either (a name running into its bar, a value over the squares).
          const visible = (m: Element) => getComputedStyle(m).visibility === 'visible';
          const bars = [...svg.querySelectorAll('rect.fill')].filter(visible).map((m) => m.getBoundingClientRect());
          const squares = [...svg.querySelectorAll<SVGPathElement>('path.cell')].filter(visible).flatMap((path) => window.squareBoxes(path));
          const marks = [...bars, ...squares];
          boxes.forEach((a) =>
            marks.forEach((m) => {
              const x = Math.min(a.box.right, m.right) - Math.max(a.box.left, m.left);
              const y = Math.min(a.box.bottom, m.bottom) - Math.max(a.box.top, m.top);
              if (x > 1 && y > 1) overlapping.push(`${a.text} / a mark`);
            }),
          );
          return { count: boxes.length, smallest: Math.min(...boxes.map((b) => b.px)), outside: outside.map((b) => b.text), overlapping };
        });
        expect(report.count, `${locale} view ${view}`).toBeGreaterThan(2);
        expect(report.smallest, `${locale} view ${view}: smallest label in px`).toBeGreaterThanOrEqual(10);
        expect(report.outside, `${locale} view ${view}`).toEqual([]);
        expect(report.overlapping, `${locale} view ${view}`).toEqual([]);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(scroll, `${locale} view ${view}: horizontal scroll`).toBeLessThanOrEqual(0);
      }
    }
  });

  test('with reduced motion the views change without any animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const widget = await openEmbed(page, 'en');
    await showView(page, widget, 1);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    const durations = await widget.locator('svg .part-cells').evaluateAll((parts) => [...new Set(parts.map((part) => getComputedStyle(part).transitionDuration))]);
    expect(durations.every((d) => d.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
    await showView(page, widget, 2);
    await widget.locator('.firm').getByRole('button', { name: 'Analysys' }).click();
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });

  test('without reduced motion the parts slide apart (a CSS transition, not a jump) and end clear of each other', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await watchRedraws(page);
    await watchSquares(page);
    const widget = await openEmbed(page, 'en', '?step=0');
    // The chart redraws a frame after the tap: list what moves as soon as it has.
    const sliding = await page.evaluate(async () => {
      const root = document.querySelector<HTMLElement>('[data-widget="market-share"]')!;
      const redrawn = window.attributeChange(root, 'data-state', '1');
      root.querySelectorAll<HTMLButtonElement>('.buttons button')[1]!.click();
      await redrawn;
      return document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition && animation.transitionProperty === 'transform')
        .map((animation) => ((animation.effect as KeyframeEffect).target as Element).getAttribute('class') ?? '');
    });
    expect(sliding.some((name) => name.includes('part-cells')), sliding.join(' / ')).toBe(true);
    await settled(page);
    const parts = await widget.locator('svg .part-cells path.cell').evaluateAll((paths) => paths.map((path) => window.squareBoxes(path as SVGPathElement)));
    expect(parts.map((squares) => squares.length).reduce((a, b) => a + b), 'squares drawn').toBe(100);
    // Where two neighbouring parts face each other (rows closer than two squares), a visible gap separates them.
    for (const [first, second] of [[0, 1], [1, 2]] as const) {
      for (const a of parts[first]!) for (const b of parts[second]!) if (Math.abs(a.top - b.top) < 2 * a.height) expect(b.left - a.right).toBeGreaterThan(4);
    }
  });

  test('a tap on a point shows its details', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const widget = await openEmbed(page, 'en', '?step=3');
    await widget.locator('[data-point-id="iresearch:transaction-value-excluding-transfers:2016-Q4:tenpay"]').tap();
    await expect(widget.locator('[data-point-details] [data-detail="value"]')).toHaveText(sharePattern(26, 'en'));
    await expect(widget.locator('[data-point-details] [data-detail="metric"]')).toContainText('excluding transfers and red envelopes');
    await context.close();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of locales) {
    test(`the four views show as static frames with labels, descriptions and captions (${locale})`, async ({ page }) => {
      await page.goto(embedUrl(locale));
      await expect(page.locator('.graphic__live')).toBeHidden();
      const frames = page.locator('.graphic__frames [data-frame]');
      await expect(frames).toHaveCount(4);
      for (let view = 0; view < 4; view++) {
        const frame = frames.nth(view);
        await expect(frame).toBeVisible();
        await expect(frame.locator('.description').first()).not.toBeEmpty();
        await expect(frame.locator('.caption').first()).toContainText(firmName[locale].iresearch);
        const svg = frame.locator('svg').first();
        await expect(svg.locator('text').filter({ visible: true }).first()).toBeVisible();
        await expectDrawnNumbersFromData(svg, locale);
      }
      await expect(frames.nth(0).locator('svg text', { hasText: pairLabel[locale] })).toBeVisible();
      await expect(frames.nth(2).locator('svg')).toHaveCount(2);
      await expect(frames.nth(2).locator('.caption').nth(1)).toContainText(firmName[locale].analysys);
      const link = page.locator('.graphic__frames a[data-download]');
      await expect(link).toBeVisible();
      await page.locator('.graphic__frames details.data-table > summary').click();
      await expect(page.locator('.graphic__frames tr[data-row]')).toHaveCount(csvRows.length);
    });
  }

  test('the story shows the static frames too, with links to the source list', async ({ page }) => {
    await page.goto(storyUrl.en);
    const frames = page.locator('section#wallets .graphic__frames [data-frame]');
    await expect(frames).toHaveCount(4);
    await expect(frames.first().locator('svg text', { hasText: '94.4%' })).toBeVisible();
    const href = await page.locator('section#wallets .graphic__frames a[data-download]').getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(Buffer.compare(await response.body(), csvBytes)).toBe(0);
  });
});

test.describe('in the story', () => {
  /** Puts a step's top above the reading line (55 % of the viewport), as a reader scrolling would. */
  async function scrollToStep(page: Page, index: number) {
    await page.locator('section#wallets .scrolly-step').nth(index).evaluate((step) => {
      window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
    });
  }

  for (const locale of locales) {
    test(`scrolling through #wallets sets each view, forwards and backwards (${locale})`, async ({ page }) => {
      await page.goto(storyUrl[locale]);
      const widget = page.locator('section#wallets .graphic__live [data-widget="market-share"]');
      await widget.scrollIntoViewIfNeeded();
      await expectHydrated(page, 'section#wallets');
      const steps = page.locator('section#wallets .scrolly-step');
      await expect(steps).toHaveCount(4);
      const said: string[] = [];
      // The story's chart starts with only what its first view shows and adds the rest after it
      // has hydrated: every view must still draw its numbers, each equal to the data file.
      const svg = widget.locator('svg.share-chart');
      for (let index = 0; index < 4; index++) {
        await scrollToStep(page, index);
        await expect(widget).toHaveAttribute('data-state', String(index));
        said.push((await widget.locator('[aria-live=polite]').textContent())!);
        await settled(page);
        await expect.poll(async () => (await visibleText(svg, '[data-share]')).length, `numbers drawn in view ${index}`).toBeGreaterThan(0);
        await expectDrawnNumbersFromData(svg, locale);
      }
      expect(new Set(said).size).toBe(4);
      for (let index = 3; index >= 0; index--) {
        await scrollToStep(page, index);
        await expect(widget).toHaveAttribute('data-state', String(index));
        await expect(widget.locator('[aria-live=polite]')).toHaveText(said[index]!);
      }
    });
  }

  for (const locale of locales) {
    test(`a step that names a research firm shows that firm's figures, and its tab when there are tabs (${locale})`, async ({ page }) => {
      await page.goto(storyUrl[locale]);
      const widget = page.locator('section#wallets .graphic__live [data-widget="market-share"]');
      await widget.scrollIntoViewIfNeeded();
      await expectHydrated(page, 'section#wallets');
      const steps = page.locator('section#wallets .scrolly-step');
      const names = firmName[locale];
      let checked = 0;
      let tabsChecked = 0;
      for (let index = 0; index < (await steps.count()); index++) {
        const text = (await steps.nth(index).textContent())!;
        const named = (Object.keys(names) as FirmId[]).filter((firm) => text.includes(names[firm]));
        if (named.length !== 1) continue;
        const [firm] = named as [FirmId];
        const other = firm === 'iresearch' ? names.analysys : names.iresearch;
        await scrollToStep(page, index);
        await expect(widget).toHaveAttribute('data-state', String(index));
        await expect(widget.locator('.caption')).toContainText(names[firm]);
        await expect(widget.locator('.caption')).not.toContainText(other);
        const tabs = widget.locator('.firm');
        if (await tabs.isVisible()) {
          await expect(widget).toHaveAttribute('data-firm', firm);
          await expect(tabs.getByRole('button', { name: names[firm] })).toHaveAttribute('aria-pressed', 'true');
          tabsChecked++;
        }
        checked++;
      }
      // The section has steps quoting each firm, and at least one of them shows the firm tabs.
      expect(checked).toBeGreaterThanOrEqual(2);
      expect(tabsChecked).toBeGreaterThanOrEqual(1);
    });
  }

  test('in the story the data table opens over the sticky graphic and closes with Escape', async ({ page }) => {
    await page.goto(storyUrl.fr);
    const live = page.locator('section#wallets .graphic__live');
    await live.scrollIntoViewIfNeeded();
    await expectHydrated(page, 'section#wallets');
    const open = live.getByRole('button', { name: 'Tableau des données' });
    await open.click();
    const table = live.getByRole('dialog').locator('table');
    await expect(table).toBeVisible();
    await expect(table.locator('tr[data-row]')).toHaveCount(csvRows.length);
    const last = csvRows.at(-1)!;
    await expect(table.locator(`tr[data-row="${last.series}:${last.metric}:${last.period}"] td[data-part="alipay"]`)).toHaveText(sharePattern(num(last.alipay)!, 'fr'));
    // The whole table is on screen: the popover is in the top layer, not clipped by the sticky graphic.
    const box = (await live.getByRole('dialog').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.keyboard.press('Escape');
    await expect(table).toBeHidden();
    await expect(open).toBeFocused();
  });

  test('in the story a point links to its entry in the source list, and the download works', async ({ page }) => {
    await page.goto(storyUrl.en);
    const widget = page.locator('section#wallets .graphic__live [data-widget="market-share"]');
    await widget.scrollIntoViewIfNeeded();
    await expectHydrated(page, 'section#wallets');
    const point = widget.locator('svg [data-point-id][tabindex="0"]');
    await point.focus();
    const link = widget.locator('[data-point-details] a[data-detail="source"]').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^#source-[a-z0-9-]+$/);
    await expect(page.locator(href!)).toHaveCount(1);
    const download = await page.locator('section#wallets .graphic__live a[data-download]').getAttribute('href');
    expect(download).toBe('../data/market-share.csv');
    const response = await page.request.get(new URL(download!, page.url()).href);
    expect(Buffer.compare(await response.body(), csvBytes)).toBe(0);
  });
});
