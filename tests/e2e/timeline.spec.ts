// The walled-gardens timeline on the built site: every event of content/data/timeline.json, in
// order, with its date and sources, in every language (live list view and the no-JavaScript list);
// filters, keyboard and previous/next; period zoom in the embed and by scroll in the story; axe;
// 320 px; reduced motion.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectHydrated } from '../support/hydrate.ts';
import { watchRedraws } from '../support/redraw.ts';
import { trackRequests } from '../support/network.ts';
import { readFileSync } from 'node:fs';
import { formatDate } from '../../src/lib/format.ts';
import { languageTag } from '../../src/lib/i18n/locales.ts';
import { applyFrenchSpacing } from '../../src/lib/remarkFrenchSpacing.js';
import { periods } from '../../src/widgets/timeline/periods.ts';
import { inPeriod } from '../../src/widgets/timeline/timelineModel.ts';
import { embedUrl as embedOf, locales, storyUrl, type Locale } from '../support/story.ts';

interface EventRecord {
  id: string;
  date: string;
  endDate?: string;
  precision: 'day' | 'month' | 'year';
  kind: string;
  actors: string[];
  label: Record<Locale, string>;
  description: Record<Locale, string>;
  sources: string[];
  confidence: string;
}
const events = JSON.parse(readFileSync('content/data/timeline.json', 'utf8')) as EventRecord[];
const publishers = new Map(
  (JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as { id: string; publisher: string; url: string }[]).map((s) => [s.id, s]),
);
const embedUrl = (locale: Locale) => embedOf(locale, 'timeline');
const low = (event: EventRecord) => event.confidence === 'low' || event.confidence === 'low-medium';

/** Between the two ends of a range of dates: Chinese joins them with a dash of its own, 2010年—2011年. */
const rangeDash: Record<Locale, string> = { fr: ' – ', en: ' – ', zh: '—' };
/** Between an event's date and its title in a section's short list. */
const afterDate: Record<Locale, string> = { fr: ' – ', en: ' – ', zh: '：' };
/** The list-view button. */
const listView: Record<Locale, string> = { fr: 'Vue en liste', en: 'List view', zh: '列表视图' };
/** A label wrapped on the chart loses the space it was cut at; Chinese, which has none, is cut between two characters. */
const wrapJoin: Record<Locale, string> = { fr: ' ', en: ' ', zh: '' };

function expectedWhen(event: EventRecord, locale: Locale): string {
  const start = formatDate(event.date, locale, event.precision);
  return event.endDate ? `${start}${rangeDash[locale]}${formatDate(event.endDate, locale, event.precision)}` : start;
}
const expectedLabel = (event: EventRecord, locale: Locale) => (locale === 'fr' ? applyFrenchSpacing(event.label.fr) : event.label[locale]);
const expectedDescription = (event: EventRecord, locale: Locale) =>
  locale === 'fr' ? applyFrenchSpacing(event.description.fr) : event.description[locale];

/** Reads a rendered list of events (list view or static frames) and compares it with the data. */
async function expectEveryEventInOrder(list: Locator, locale: Locale, external: boolean) {
  const rows = list.locator('.tl-list__event');
  await expect(rows).toHaveCount(events.length);
  // The live widget fetches descriptions and sources when the reader reaches for it.
  await expect(list.locator('a[data-source-id]')).toHaveCount(events.reduce((sum, event) => sum + event.sources.length, 0));
  const seen = await rows.evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.getAttribute('data-event-id'),
      when: node.querySelector('time')?.textContent?.trim(),
      datetime: node.querySelector('time')?.getAttribute('datetime'),
      label: node.querySelector('.tl-list__label')?.textContent?.trim(),
      description: node.querySelector('.tl-list__text')?.textContent?.trim(),
      low: node.querySelector('.tl-low')?.textContent?.trim() ?? null,
      sources: [...node.querySelectorAll('a[data-source-id]')].map((a) => ({
        id: a.getAttribute('data-source-id'),
        text: a.textContent?.trim(),
        href: a.getAttribute('href'),
      })),
    })),
  );
  expect(seen.map((row) => row.id)).toEqual(events.map((event) => event.id));
  events.forEach((event, index) => {
    const row = seen[index]!;
    expect(row.when, event.id).toBe(expectedWhen(event, locale));
    expect(row.datetime, event.id).toBe(event.date);
    expect(row.label, event.id).toBe(expectedLabel(event, locale));
    expect(row.description, event.id).toBe(expectedDescription(event, locale));
    expect(row.low !== null, `${event.id} says its confidence is low`).toBe(low(event));
    expect(row.sources.map((s) => s.id), event.id).toEqual(event.sources);
    for (const source of row.sources) {
      const record = publishers.get(source.id!)!;
      expect(source.text).toBe(record.publisher);
      expect(source.href).toBe(external ? record.url : `#source-${source.id}`);
    }
  });
  // Grouped by year: each year once, in order, written as the language writes a year (2004年 in Chinese).
  const yearOf = new Intl.DateTimeFormat(languageTag[locale], { year: 'numeric', timeZone: 'UTC' });
  const years = await list.locator('.tl-list__year-label').allTextContents();
  expect(years).toEqual([...new Set(events.map((event) => yearOf.format(new Date(event.date.slice(0, 4)))))]);
}

async function hydrated(page: Page, scope = '') {
  const widget = page.locator(`${scope} .graphic__live [data-widget=timeline]`).first();
  // In the story the island hydrates when it comes into view.
  await widget.scrollIntoViewIfNeeded();
  await expectHydrated(page, `${scope} .graphic__live:has([data-widget=timeline])`);
  return widget;
}

const marks = (widget: Locator) => widget.locator('g.tl-event');
const card = (widget: Locator) => widget.locator('.tl-card');

for (const locale of locales) {
  test.describe(`timeline embed (${locale})`, () => {
    test('the list view shows every event once, in order, with dates and sources', async ({ page }) => {
      await page.goto(embedUrl(locale));
      const widget = await hydrated(page);
      await expect(widget).toHaveAttribute('data-period', 'overview');
      await expect(marks(widget)).toHaveCount(events.length);
      const toggle = widget.getByRole('button', { name: listView[locale] });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(widget.locator('svg[role=group]')).toBeHidden();
      await expectEveryEventInOrder(widget.locator('.tl-list'), locale, true);
    });

    test('without JavaScript the ordered list and a static axis are there', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(embedUrl(locale));
      const frames = page.locator('.graphic__frames');
      await expect(frames).toBeVisible();
      await expect(page.locator('.graphic__live')).toBeHidden();
      await expect(frames.locator('svg[aria-hidden=true] .tl-tick-label').first()).toBeVisible();
      await expect(frames.locator('svg g.tl-event')).toHaveCount(events.length);
      await expectEveryEventInOrder(frames.locator('ol.tl-list'), locale, true);
      await context.close();
    });

    test('axe finds no violation, in the chart and in the list view', async ({ page }) => {
      test.setTimeout(180_000); // two full axe runs, on a busy machine
      await page.goto(embedUrl(locale));
      const widget = await hydrated(page);
      await marks(widget).first().focus();
      await expect(card(widget)).toHaveAttribute('data-event-id', events[0]!.id);
      await widget.locator('details summary').click();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await widget.locator('button[aria-pressed]').filter({ hasText: listView[locale] }).click();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });

    test('axe finds no violation in the static list', async ({ page }) => {
      test.setTimeout(120_000);
      // What a reader without JavaScript gets: the embed's static edition (axe itself needs
      // JavaScript, so the page is opened directly rather than through the <noscript> redirect).
      await page.goto(`${embedUrl(locale)}static/`);
      await expect(page.locator('.graphic__frames .tl-list__event')).toHaveCount(events.length);
      await expect(page.locator('.graphic__frames')).toBeVisible();
      await expect(page.locator('astro-island, [data-embed-root]')).toHaveCount(0);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  });
}

test.describe('timeline embed controls', () => {
  test('kind and actor filters take events off the chart and the list', async ({ page }) => {
    await page.goto('en/embed/timeline/');
    const widget = await hydrated(page);
    const status = widget.locator('.tl-status');
    await expect(status).toContainText(`${events.length} events`);

    const block = widget.getByRole('checkbox', { name: 'Block' });
    await expect(block).toBeHidden(); // folded until the reader asks
    await widget.locator('summary', { hasText: 'Filter' }).click();
    await block.uncheck();
    const notBlocks = events.filter((event) => event.kind !== 'block');
    await expect(marks(widget)).toHaveCount(notBlocks.length);
    await expect(widget.locator('g.tl-event.tl-kind--block')).toHaveCount(0);
    await expect(status).toContainText(`${notBlocks.length} events`);

    for (const name of ['Alibaba', 'Ant and Alipay', 'Tencent and WeChat', 'Beijing (state, regulators)', 'UnionPay']) {
      await widget.getByRole('checkbox', { name }).uncheck();
    }
    const bytedance = notBlocks.filter((event) => event.actors.includes('bytedance'));
    expect(bytedance.length).toBeGreaterThan(0);
    await expect(marks(widget)).toHaveCount(bytedance.length);
    await widget.getByRole('button', { name: 'List view' }).click();
    await expect(widget.locator('.tl-list__event')).toHaveCount(bytedance.length);
    expect(await widget.locator('.tl-list__event').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')))).toEqual(
      bytedance.map((event) => event.id),
    );

    await widget.getByRole('checkbox', { name: 'ByteDance and Douyin' }).uncheck();
    await expect(widget.locator('.tl-list__event')).toHaveCount(0);
    await expect(widget).toContainText('No event matches these filters.');
  });

  test('keyboard: one tab stop, arrows move between events, focus shows the card', async ({ page }) => {
    await page.goto('embed/timeline/');
    const widget = await hydrated(page);
    // Only one mark is in the tab order (roving tabindex).
    await expect(widget.locator('g.tl-event[tabindex="0"]')).toHaveCount(1);
    await widget.getByRole('button', { name: 'Vue en liste' }).focus();
    await page.keyboard.press('Tab');
    const first = events[0]!;
    await expect(page.locator(':focus')).toHaveAttribute('data-event-id', first.id);
    await expect(card(widget)).toContainText(expectedLabel(first, 'fr'));
    await expect(card(widget)).toContainText(expectedWhen(first, 'fr'));
    await expect(card(widget).locator('a[data-source-id]')).toHaveCount(first.sources.length);

    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAttribute('data-event-id', events[1]!.id);
    await expect(card(widget)).toContainText(expectedLabel(events[1]!, 'fr'));
    await page.keyboard.press('End');
    await expect(page.locator(':focus')).toHaveAttribute('data-event-id', events.at(-1)!.id);
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator(':focus')).toHaveAttribute('data-event-id', events.at(-2)!.id);
    await expect(card(widget)).toHaveAttribute('data-event-id', events.at(-2)!.id);

    // A low-confidence event says so in words on its card.
    const doubtful = events.find(low)!;
    await widget.locator(`g.tl-event[data-event-id="${doubtful.id}"]`).focus();
    await expect(card(widget).locator('.tl-low')).toHaveText(/fiabilité (plutôt )?faible/);
  });

  test('descriptions and sources arrive when the reader reaches for an event, in one request', async ({ page }) => {
    const detailRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('/data/timeline-')) detailRequests.push(new URL(request.url()).pathname);
    });
    const network = trackRequests(page);
    await page.goto('en/embed/timeline/');
    const widget = await hydrated(page);
    await network.settled();
    // The page carries only what the marks need.
    expect(detailRequests).toEqual([]);
    const [first, second] = [events[0]!, events[1]!];
    await widget.locator(`g.tl-event[data-event-id="${first.id}"]`).hover();
    await expect(card(widget).locator('.tl-card__text')).toHaveText(expectedDescription(first, 'en'));
    await expect(card(widget).locator('a[data-source-id]')).toHaveCount(first.sources.length);
    await widget.locator(`g.tl-event[data-event-id="${second.id}"]`).hover();
    await expect(card(widget).locator('.tl-card__text')).toHaveText(expectedDescription(second, 'en'));
    expect(detailRequests).toHaveLength(1);
    expect(detailRequests[0]).toMatch(/\/data\/timeline-en-embed\.js$/);
  });

  test('when the details cannot be fetched the card says so, and a later reach tries again', async ({ page }) => {
    await page.route('**/data/timeline-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('embed/timeline/');
    const widget = await hydrated(page);
    const first = events[0]!;
    await widget.locator(`g.tl-event[data-event-id="${first.id}"]`).hover();
    await expect(card(widget)).toContainText(expectedLabel(first, 'fr'));
    await expect(card(widget).locator('.tl-card__text')).toHaveText('Les descriptions et les sources n’ont pas pu être chargées.');
    await page.unroute('**/data/timeline-*.js');
    await page.mouse.move(0, 0);
    await widget.locator(`g.tl-event[data-event-id="${first.id}"]`).hover();
    await expect(card(widget).locator('.tl-card__text')).toHaveText(expectedDescription(first, 'fr'));
  });

  test('previous and next buttons step through the events of the period shown', async ({ page }) => {
    await page.goto('en/embed/timeline/');
    const widget = await hydrated(page);
    await widget.getByRole('combobox', { name: 'Zoom to a period' }).selectOption({ label: '2013: the walls go up' });
    await expect(widget).toHaveAttribute('data-period', 'walls-2013');
    const walls = events.filter((event) => inPeriod(event, periods.find((p) => p.id === 'walls-2013')!));
    await expect(widget.locator('g.tl-event:not(.is-dim)')).toHaveCount(walls.length);
    await expect(widget.locator('.tl-status')).toHaveText(`2013: the walls go up: ${walls.length} events`);
    const next = widget.getByRole('button', { name: 'Next event' });
    const previous = widget.getByRole('button', { name: 'Previous event' });
    for (const event of walls) {
      await next.click();
      await expect(card(widget)).toHaveAttribute('data-event-id', event.id);
      await expect(card(widget)).toContainText(event.label.en);
    }
    await expect(next).toBeDisabled();
    await previous.click();
    await expect(card(widget)).toHaveAttribute('data-event-id', walls.at(-2)!.id);
    // Sources in an embed lead to the publisher, not to a story that is not there.
    await expect(card(widget).locator('a[data-source-id]').first()).toHaveAttribute('href', /^https?:\/\//);
  });

  test('an embed can start on a period with ?step=', async ({ page }) => {
    await page.goto('en/embed/timeline/?step=6');
    const widget = await hydrated(page);
    await expect(widget).toHaveAttribute('data-period', periods[6]!.id);
    await expect(widget.getByRole('combobox', { name: 'Zoom to a period' }).locator('option:checked')).toHaveText(periods[6]!.title.en);
    // The row under the chart steps a period at a time, and says which one is on show.
    await widget.getByRole('button', { name: 'Next period' }).click();
    await expect(widget).toHaveAttribute('data-period', periods[7]!.id);
    await expect(widget.getByRole('combobox', { name: 'Zoom to a period' }).locator('option:checked')).toHaveText(periods[7]!.title.en);
    await widget.getByRole('combobox', { name: 'Zoom to a period' }).selectOption({ label: periods[0]!.title.en });
    await expect(widget).toHaveAttribute('data-period', periods[0]!.id);
    await expect(widget.getByRole('button', { name: 'Previous period' })).toBeDisabled();
    // After a choice from the menu, the buttons still move the menu along.
    await widget.getByRole('button', { name: 'Next period' }).click();
    await expect(widget.getByRole('combobox', { name: 'Zoom to a period' }).locator('option:checked')).toHaveText(periods[1]!.title.en);
  });

  test('with reduced motion the zoom jumps; without, it glides', async ({ page }) => {
    const positionsAfter = async (frames: number) =>
      page.evaluate(async (count) => {
        for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        return [...document.querySelectorAll('.graphic__live g.tl-event')].map((g) => getComputedStyle(g).transform).join(' ');
      }, frames);
    const zoomAndWatch = async () => {
      // The chart redraws a frame after the tap: watch from the moment it does.
      await page.evaluate(() => {
        const figure = document.querySelector<HTMLElement>('.graphic__live [data-widget="timeline"]')!;
        const redrawn = window.attributeChange(figure, 'data-period', 'trial-2022');
        const menu = document.querySelector<HTMLSelectElement>('.graphic__live .tl-periods select')!;
        menu.selectedIndex = [...menu.options].findIndex((option) => option.textContent === '2022: Alipay’s trial');
        menu.dispatchEvent(new Event('change', { bubbles: true }));
        return redrawn;
      });
      const soon = await positionsAfter(2);
      const later = await positionsAfter(20);
      return soon === later;
    };
    await watchRedraws(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('en/embed/timeline/');
    await hydrated(page);
    expect(await zoomAndWatch(), 'no glide under reduced motion').toBe(true);

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('en/embed/timeline/');
    await hydrated(page);
    expect(await zoomAndWatch(), 'the zoom glides otherwise').toBe(false);
  });
});

test.describe('timeline symbols', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every colour and symbol on the chart is in its key, and hollow stays hollow (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('en/embed/timeline/?step=4');
      const widget = await hydrated(page);
      const key = page.locator('.graphic__live .tl-key');
      const markColours = new Set(await marks(widget).evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).color)));
      const keyColours = new Set(await key.locator('.tl-swatch').evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).backgroundColor)));
      expect([...markColours].filter((colour) => !keyColours.has(colour))).toEqual([]);
      await expect(key).toContainText('Line: the month, year or range a date covers');
      // A doubtful event is an outline, in both themes, as the key draws it.
      const hollow = (shape: Locator) => shape.first().evaluate((node) => getComputedStyle(node).fill);
      expect(await hollow(widget.locator('g.tl-event.is-low .tl-shape'))).toBe('none');
      expect(await hollow(key.locator('path'))).toBe('none');
      await expect(key).toContainText('Dotted outline: low confidence');
      // The band of the period told is a grey, not a tint that turns olive on a dark page.
      const band = await widget.locator('.tl-band').evaluate((rect) => getComputedStyle(rect).fill);
      const [r, g, b] = band.match(/[\d.]+/g)!.map(Number);
      expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!), band).toBeLessThanOrEqual(8);
    });
  }

  test('marks sit on their lane lines, and range lines stay inside the plot', async ({ page }) => {
    await page.goto('en/embed/timeline/?step=8');
    const widget = await hydrated(page);
    const svg = widget.locator('.tl-chart svg');
    const found = await svg.evaluate((drawing: SVGSVGElement) => {
      const lanes = [...drawing.querySelectorAll('line.tl-lane')].map((line) => line.getBoundingClientRect().top);
      const plot = drawing.querySelector('line.tl-axis')!.getBoundingClientRect();
      const shapes = [...drawing.querySelectorAll('g.tl-event:not(.is-out) .tl-shape')].map((shape) => {
        const box = shape.getBoundingClientRect();
        return box.top + box.height / 2;
      });
      const spans = [...drawing.querySelectorAll('.tl-span')].map((line) => line.getBoundingClientRect());
      return {
        offLine: shapes.filter((y) => !lanes.some((lane) => Math.abs(lane - y) < 1.5) && !lanes.some((lane) => Math.abs(Math.abs(lane - y) - 11) < 1.5)),
        onLine: shapes.filter((y) => lanes.some((lane) => Math.abs(lane - y) < 1.5)).length,
        spilling: spans.filter((box) => box.left < plot.left - 2 || box.right > plot.right + 2).length,
        spans: spans.length,
      };
    });
    // Each mark on its lane's line, or one row step above or below it when crowded.
    expect(found.offLine).toEqual([]);
    expect(found.onLine).toBeGreaterThan(0);
    expect(found.spans).toBeGreaterThan(0);
    expect(found.spilling).toBe(0);
  });
});

test.describe('timeline at 320 px', () => {
  test.use({ viewport: { width: 320, height: 720 } });
  for (const url of locales.map(embedUrl)) {
    test(`no horizontal scroll on ${url}, in chart and list views`, async ({ page }) => {
      await page.goto(url);
      const widget = await hydrated(page);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await widget.locator('details summary').click();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await widget.locator('.tl-toggle').click();
      expect(await overflow()).toBeLessThanOrEqual(0);
    });
  }
  test('the chart is drawn at its box width, so its labels keep their size, and follows a resize', async ({ page }) => {
    await page.goto('embed/timeline/');
    const widget = await hydrated(page);
    const svg = widget.locator('.tl-chart svg');
    // One unit of the drawing is one CSS pixel: the server's 640-wide drawing, scaled to a phone,
    // would set a 12 px label at half its size.
    const scale = () => svg.evaluate((drawing: SVGSVGElement) => drawing.getBoundingClientRect().width / drawing.viewBox.baseVal.width);
    await expect.poll(scale).toBeCloseTo(1, 2);
    const labelSize = () => widget.locator('.tl-tick-label').first().evaluate((label) => label.getBoundingClientRect().height);
    const phoneLabel = await labelSize();
    await page.setViewportSize({ width: 600, height: 720 });
    await expect.poll(() => svg.evaluate((drawing: SVGSVGElement) => drawing.viewBox.baseVal.width)).toBeGreaterThan(500);
    await expect.poll(scale).toBeCloseTo(1, 2);
    expect(await labelSize()).toBeCloseTo(phoneLabel, 0);
  });

  test('no horizontal scroll in the story timeline sections', async ({ page }) => {
    await page.goto('en/');
    await hydrated(page, storyTimelineScope);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});

/** The section's `focus` list, read from its frontmatter like the build does. */
function focusOf(locale: Locale, file: string): string[] {
  const text = readFileSync(`content/${locale}/${file}`, 'utf8');
  const list = text.match(/^focus:\s*\[(.*)\]\s*$/m)?.[1];
  if (!list) throw new Error(`content/${locale}/${file} has no focus list`);
  return list.split(',').map((id) => id.trim().replace(/^["']|["']$/g, ''));
}

const timelineSections = [
  ['walls', '04-walls.svx'],
  ['crackdown', '05-crackdown.svx'],
  ['opening', '06-opening.svx'],
  ['what-next', '07-what-next.svx'],
] as const;

/** The one scrolly the story's timeline sections share, with its one timeline. */
const storyTimelineScope = '.scrolly:has(section#walls)';

async function scrollToStep(step: Locator) {
  await step.evaluate((node) => {
    window.scrollTo(0, node.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
  });
}

/** What each step of the shared scrolly should show: the period its section's focus gives its state, and its event. */
async function expectedSteps(page: Page, locale: Locale) {
  const expected: { slug: string; step: Locator; period: string; event: string }[] = [];
  for (const [slug, file] of timelineSections) {
    const focus = focusOf(locale, file);
    const steps = page.locator(`section#${slug} .scrolly-step`);
    const tags = await steps.evaluateAll((nodes) => nodes.map((node, i) => ({ state: Number((node as HTMLElement).dataset.state ?? i), event: (node as HTMLElement).dataset.event ?? '' })));
    expect(new Set(tags.map((tag) => tag.state)).size, `${slug} uses every period it lists`).toBe(focus.length);
    tags.forEach((tag, index) => expected.push({ slug, step: steps.nth(index), period: focus[tag.state]!, event: tag.event }));
  }
  return expected;
}

for (const locale of locales) {
  test(`the story has one timeline, for all its timeline sections (${locale})`, async ({ page }) => {
    await page.goto(storyUrl[locale]);
    await expect(page.locator('[data-widget=timeline]')).toHaveCount(1);
    const scrolly = page.locator(storyTimelineScope);
    await expect(scrolly).toHaveCount(1);
    for (const [slug] of timelineSections) await expect(scrolly.locator(`section#${slug}`)).toHaveCount(1);
    // Its explorer waits behind one button; the reader who asks gets filters, list and previous/next.
    const widget = await hydrated(page, storyTimelineScope);
    await expect(widget.locator('.tl-filters, .tl-toggle, .tl-nav, .tl-card')).toHaveCount(0);
    // A pointer passing over a mark changes nothing around the sticky chart.
    await widget.locator('g.tl-event.is-focus').hover();
    await expect(widget.locator('.tl-card')).toHaveCount(0);
    const explore = widget.locator('.tl-explore');
    await explore.click();
    await expect(explore).toHaveAttribute('aria-expanded', 'true');
    await expect(widget.locator('.tl-filters')).toBeVisible();
    await expect(widget.locator('.tl-toggle')).toBeVisible();
    await expect(widget.locator('.tl-nav button')).toHaveCount(2);
  });

  test(`each story step zooms to its period and highlights and names its event, down and back up (${locale})`, async ({ page }) => {
    test.setTimeout(240_000); // eighteen steps, both ways
    await page.goto(storyUrl[locale]);
    const widget = await hydrated(page, storyTimelineScope);
    const steps = await expectedSteps(page, locale);
    expect(steps.every((step) => step.event !== ''), 'every timeline step names its event').toBe(true);
    const check = async (index: number) => {
      const { step, period: periodId, event: eventId, slug } = steps[index]!;
      await scrollToStep(step);
      await expect(widget, `${slug} step ${index}`).toHaveAttribute('data-period', periodId);
      const period = periods.find((p) => p.id === periodId)!;
      const inside = events.filter((event) => inPeriod(event, period));
      await expect(widget.locator('g.tl-event:not(.is-dim)')).toHaveCount(new Set([...inside.map((e) => e.id), eventId]).size);
      await expect(widget.locator('.tl-status')).toContainText(period.title[locale]);
      await expect(widget.locator('.tl-band')).toHaveCount(periodId === 'overview' ? 0 : 1);
      // The event the card tells is the one highlighted, and named on the chart in its own words.
      await expect(widget).toHaveAttribute('data-focus-event', eventId);
      const mark = widget.locator('g.tl-event.is-focus');
      await expect(mark).toHaveCount(1);
      await expect(mark).toHaveAttribute('data-event-id', eventId);
      await expect(mark).toBeVisible();
      const label = widget.locator('text.tl-label.is-focus');
      await expect(label).toHaveAttribute('data-event-id', eventId);
      const words = () => label.evaluate((text, join) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(join), wrapJoin[locale]);
      await expect.poll(words).toBe(expectedLabel(events.find((e) => e.id === eventId)!, locale));
      // Inside the drawing, not over its edges.
      const [box, svg] = await Promise.all([label.boundingBox(), widget.locator('.tl-chart svg').boundingBox()]);
      expect(box!.x).toBeGreaterThanOrEqual(svg!.x - 1);
      expect(box!.x + box!.width).toBeLessThanOrEqual(svg!.x + svg!.width + 1);
    };
    for (let index = 0; index < steps.length; index++) await check(index);
    for (let index = steps.length - 2; index >= 0; index--) await check(index);
  });
}

test('the story timeline labels its landmarks on the chart', async ({ page }) => {
  await page.goto('en/');
  const widget = await hydrated(page, storyTimelineScope);
  const steps = await expectedSteps(page, 'en');
  const overview = steps.find((step) => step.period === 'overview')!;
  await scrollToStep(overview.step);
  await expect(widget).toHaveAttribute('data-period', 'overview');
  // Besides the step's own event, a few milestones are named where there is room.
  const others = widget.locator('text.tl-label:not(.is-focus)');
  await expect.poll(() => others.count()).toBeGreaterThanOrEqual(3);
  for (const label of await others.all()) {
    const id = (await label.getAttribute('data-event-id'))!;
    await expect(label).toHaveText(events.find((e) => e.id === id)!.label.en);
  }
});

/**
 * Scrolls from one story step to another and reads the horizontal position of `eventId`'s mark at
 * every frame until the zoom has ended: the positions it passed through between start and end.
 */
async function zoomPositions(page: Page, from: Locator, to: Locator, eventId: string, period: string) {
  const widget = page.locator(`${storyTimelineScope} [data-widget=timeline]`);
  await scrollToStep(from);
  await expect(widget).not.toHaveAttribute('data-period', period);
  await expect(widget).not.toHaveAttribute('data-zooming');
  const sampling = page.evaluate(
    ({ id, target }) =>
      new Promise<string[]>((resolve) => {
        const figure = document.querySelector<HTMLElement>('.scrolly:has(section#walls) [data-widget=timeline]')!;
        const mark = figure.querySelector<SVGElement>(`g.tl-event[data-event-id="${id}"]`)!;
        const seen = [getComputedStyle(mark).transform];
        let still = 0;
        const sample = () => {
          seen.push(getComputedStyle(mark).transform);
          const done = figure.dataset.period === target && figure.dataset.zooming === undefined;
          still = done ? still + 1 : 0;
          if (still >= 3) resolve(seen);
          else requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      }),
    { id: eventId, target: period },
  );
  await scrollToStep(to);
  const seen = await sampling;
  const [start, end] = [seen[0]!, seen.at(-1)!];
  return { start, end, between: [...new Set(seen)].filter((value) => value !== start && value !== end) };
}

test.describe('the story timeline moves from period to period', () => {
  const pick = async (page: Page) => {
    const steps = await expectedSteps(page, 'en');
    const index = steps.findIndex((step, i) => i > 0 && step.period !== steps[i - 1]!.period && step.period !== 'overview');
    return { from: steps[index - 1]!, to: steps[index]! };
  };

  test('as a transition: the marks pass through the places between', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('en/');
    await hydrated(page, storyTimelineScope);
    const { from, to } = await pick(page);
    const { start, end, between } = await zoomPositions(page, from.step, to.step, to.event, to.period);
    expect(end).not.toBe(start);
    expect(between.length, 'positions between the two periods').toBeGreaterThan(0);
  });

  test('with reduced motion, as a jump', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('en/');
    await hydrated(page, storyTimelineScope);
    const { from, to } = await pick(page);
    const { start, end, between } = await zoomPositions(page, from.step, to.step, to.event, to.period);
    expect(end).not.toBe(start);
    expect(between).toEqual([]);
  });
});

test('story: sources link to the source list, and axe finds nothing in the timeline sections', async ({ page }) => {
  test.setTimeout(240_000); // axe on a long page, on a busy machine
  await page.goto('./');
  const widget = await hydrated(page, storyTimelineScope);
  await widget.locator('g.tl-event:not(.is-out)').first().focus();
  const link = card(widget).locator('a[data-source-id]').first();
  const id = await link.getAttribute('data-source-id');
  await expect(link).toHaveAttribute('href', `#source-${id}`);
  await expect(page.locator(`#source-${id}`)).toHaveCount(1);
  // Choosing a mark opened the explorer.
  await expect(widget.locator('.tl-explore')).toHaveAttribute('aria-expanded', 'true');
  await widget.locator('details summary').click();
  const results = await new AxeBuilder({ page }).include(storyTimelineScope).analyze();
  expect(results.violations).toEqual([]);
});

test.describe('timeline in the static edition of the story', () => {
  for (const locale of locales) {
    test(`the full chronology is given once, and each other section lists its events and links to it (${locale})`, async ({ page }) => {
      await page.goto(`${storyUrl[locale]}static/`);
      const chronology = page.locator('#chronology');
      await expect(chronology).toHaveCount(1);
      // In the story, sources link to the page's own source list.
      await expectEveryEventInOrder(chronology.locator('ol.tl-list'), locale, false);
      const briefs = page.locator('.graphic__frames .tl-brief');
      expect(await briefs.count()).toBeGreaterThan(0);
      for (const brief of await briefs.all()) {
        const ids = await brief.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')));
        expect(ids.length).toBeGreaterThan(0);
        // In date order, each one an event of the data with its date and title.
        expect(ids).toEqual(events.filter((event) => ids.includes(event.id)).map((event) => event.id));
        for (const id of ids) {
          const event = events.find((e) => e.id === id)!;
          await expect(brief.locator(`li[data-event-id="${id}"]`)).toHaveText(`${expectedWhen(event, locale)}${afterDate[locale]}${expectedLabel(event, locale)}`);
        }
        const more = brief.locator('xpath=following-sibling::p[1]/a');
        await expect(more).toHaveAttribute('href', '#chronology');
      }
    });
  }
});
