// The images of every graphic and the data behind every chart, as an editor downloads them from the
// embed index and the static embed pages of the built site: every image of every state in both
// languages exists at its size and shows something; the SVGs carry their words as text; the CSVs
// parse, row for row with the data, and every source they cite is in the sources file.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { PNG } from 'pngjs';
import { embedTitle } from '../../src/embed/embedTitle.ts';
import { columnsIn } from '../../src/data/csvColumns.ts';
import { csvFiles, csvPath, dataCsvPath, sourcesCsvPath } from '../../src/data/dataDownloads.ts';
import { getStoryData } from '../../src/data/storyData.ts';
import { graphicImagePath, IMAGE_WIDTH, imageFormats, imageStates } from '../../src/images/graphicImagePaths.ts';
import { embeddableWidgets, type WidgetName } from '../../src/widgets/registry.ts';
import { localeFolder } from '../../src/lib/i18n/languages.ts';
import { languageTag } from '../../src/lib/i18n/locales.ts';
import { locales, storyUrl, type Locale } from '../support/story.ts';

const BYTE_ORDER_MARK = '\uFEFF';

const indexUrl = (locale: Locale) => `${localeFolder(locale)}embed/`;
const staticUrl = (widget: WidgetName, locale: Locale) => `${indexUrl(locale)}${widget}/static/`;
const sourceLabel: Record<Locale, RegExp> = { fr: /Source\u00a0:/, en: /Source:/, zh: /来源：/ };
const PNG_BUDGET = 150 * 1024;
const data = getStoryData();

async function fetchOk(request: APIRequestContext, url: string): Promise<Buffer> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.body();
}

/** How many pixels differ from the top-left one (the paper), and how many colours the image has. */
function inkOf(png: PNG): { inked: number; colours: number } {
  const [r, g, b] = [png.data[0], png.data[1], png.data[2]];
  const colours = new Set<number>();
  let inked = 0;
  for (let at = 0; at < png.data.length; at += 4) {
    colours.add((png.data[at]! << 16) | (png.data[at + 1]! << 8) | png.data[at + 2]!);
    if (png.data[at] !== r || png.data[at + 1] !== g || png.data[at + 2] !== b) inked += 1;
  }
  return { inked, colours: colours.size };
}

/** The words an SVG image sets as text, entities decoded, runs joined. */
const textOf = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((match) => match[1]!.replace(/<[^>]+>/g, (tag) => (tag.startsWith('</tspan') ? '' : ' ')))
    .join(' ')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    // Ordinary white space only: the no-break spaces of French typography are part of the words.
    .replace(/[ \t\n\r]+/g, ' ');

for (const locale of locales) {
  test(`the ${locale} embed index links every image of every state and the data of every chart, and each link resolves`, async ({ page, request }) => {
    await page.goto(indexUrl(locale));
    for (const widget of embeddableWidgets) {
      const downloads = page.locator(`section#${widget} [data-downloads="${widget}"]`);
      for (const state of imageStates(widget)) {
        for (const format of imageFormats) {
          const link = downloads.locator(`li[data-image-state="${state}"] a[data-image-format="${format}"]`);
          await expect(link).toHaveAttribute('download', '');
          const href = await link.getAttribute('href');
          expect(href, `${widget} ${state} ${format}`).not.toMatch(/^(\/|https?:)/);
          expect(new URL(href!, page.url()).pathname).toBe(`/${graphicImagePath(widget, state, locale, format)}`);
          await fetchOk(request, new URL(href!, page.url()).href);
        }
      }
      const csv = dataCsvPath(widget, locale);
      if (csv === null) {
        await expect(downloads.locator('a[data-download]')).toHaveCount(0);
        continue;
      }
      for (const [selector, path] of [['a[data-download]', csv], ['a[data-download-sources]', sourcesCsvPath(locale)]] as const) {
        const href = await downloads.locator(selector).getAttribute('href');
        expect(new URL(href!, page.url()).pathname).toBe(`/${path}`);
        await fetchOk(request, new URL(href!, page.url()).href);
      }
    }
  });
}

for (const widget of embeddableWidgets) {
  test(`${widget}: every state's PNGs, in every language, have their size and budget and are not blank`, async ({ request }) => {
    for (const locale of locales) {
      for (const state of imageStates(widget)) {
        const heights: number[] = [];
        for (const [format, width] of [['png', IMAGE_WIDTH], ['png@2x', 2 * IMAGE_WIDTH]] as const) {
          const path = graphicImagePath(widget, state, locale, format);
          const bytes = await fetchOk(request, path);
          expect(bytes.length, path).toBeLessThanOrEqual(PNG_BUDGET);
          const png = PNG.sync.read(bytes);
          expect(png.width, path).toBe(width);
          // Taller than a title and a line: a drawing is in it.
          expect(png.height, path).toBeGreaterThan(width / 2);
          const { inked, colours } = inkOf(png);
          expect(colours, path).toBeGreaterThan(8);
          expect(inked / (png.width * png.height), path).toBeGreaterThan(0.03);
          heights.push(png.height);
        }
        // The 2x image is the 1x drawing at twice the size.
        expect(Math.abs(heights[1]! - 2 * heights[0]!)).toBeLessThanOrEqual(1);
      }
    }
  });

  test(`${widget}: every SVG image is well-formed and sets its title, source and words as text`, async ({ page, request }) => {
    for (const locale of locales) {
      for (const state of imageStates(widget)) {
        const path = graphicImagePath(widget, state, locale, 'svg');
        const svg = (await fetchOk(request, path)).toString('utf8');
        // The browser's XML parser: a malformed file is a <parsererror> document.
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          return {
            error: doc.getElementsByTagName('parsererror').length > 0,
            root: doc.documentElement.localName,
            title: doc.querySelector('svg > title')?.textContent ?? '',
            desc: doc.querySelector('svg > desc')?.textContent ?? '',
            lang: doc.documentElement.getAttribute('lang'),
          };
        }, svg);
        expect(parsed.error, path).toBe(false);
        expect(parsed.root).toBe('svg');
        expect(parsed.lang).toBe(languageTag[locale]);
        const title = embedTitle(widget, locale);
        expect(parsed.title).toBe(title);
        // A sentence at least (Chinese says in 20 characters what French and English say in 40).
        expect(parsed.desc.length, path).toBeGreaterThan(locale === 'zh' ? 20 : 40);
        // Chinese is set in runs of its own face beside Latin runs: compared without spaces.
        const text = locale === 'zh' ? textOf(svg).replace(/\s+/g, '') : textOf(svg);
        expect(text, path).toContain(title.split(' ')[0]!);
        expect(text).toMatch(sourceLabel[locale]);
        expect(text).toContain('Passerelle');
        // The state's own words, as on its static page: the description is set in the image.
        const opening = locale === 'zh' ? parsed.desc.split(/[。；]/)[0]!.slice(0, 12) : parsed.desc.split(/[.;]/)[0]!.trim().split(' ').slice(0, 4).join(' ');
        if (widget !== 'timeline') expect(text, path).toContain(opening);
      }
    }
  });
}

test('each static embed page links the images of its states, and each embed page shares its first image', async ({ page, request }) => {
  for (const locale of locales) {
    for (const widget of embeddableWidgets) {
      await page.goto(staticUrl(widget, locale));
      const links = page.locator(`[data-downloads="${widget}"] a[data-image-format]`);
      await expect(links).toHaveCount(imageStates(widget).length * imageFormats.length);
      // Linked, not loaded: the page shows the frames as HTML, every word readable.
      await expect(page.locator('img')).toHaveCount(0);
      for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))) await fetchOk(request, href);
      for (const url of [`${indexUrl(locale)}${widget}/`, staticUrl(widget, locale)]) {
        await page.goto(url);
        const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
        expect(ogImage).toMatch(new RegExp(`^https?://.+/${graphicImagePath(widget, 0, locale, 'png@2x').replace(/\./g, '\\.')}$`));
      }
    }
  }
});

test('the CSVs parse with their columns, a row per data point, and every source they cite is in sources.csv', async ({ request }) => {
  const sources = csvParse((await fetchOk(request, sourcesCsvPath('fr'))).toString('utf8'));
  expect(sources.columns).toEqual(['id', 'publisher', 'title', 'date', 'url', 'read_via', 'read_via_url']);
  expect(sources.length).toBe(data.sources.length);
  for (const source of sources) expect(source.url, source.id).toMatch(/^https?:\/\//);
  const known = new Set(sources.map((source) => source.id));

  const users = csvParse((await fetchOk(request, dataCsvPath('wechat-users', 'fr')!)).toString('utf8'));
  expect(users.columns).toEqual(['date', 'mau_millions', 'bound', 'sources', 'confidence', 'note']);
  expect(users.length).toBe(data.wechatUsers.length);
  expect(users.map((row) => Number(row.mau_millions))).toEqual(data.wechatUsers.map((row) => row.mau_millions));

  const timeline = csvParse((await fetchOk(request, dataCsvPath('timeline', 'fr')!)).toString('utf8'));
  expect(timeline.columns).toEqual(['id', 'date', 'end_date', 'precision', 'kind', 'actors', 'label_en', 'label_fr', 'label_zh', 'description_en', 'description_fr', 'description_zh', 'sources', 'confidence']);
  expect(timeline.map((row) => row.id)).toEqual(data.timeline.map((event) => event.id));
  expect(timeline.find((row) => row.id === data.timeline[0]!.id)?.label_fr).toBe(data.timeline[0]!.label.fr);

  const market = csvParse((await fetchOk(request, dataCsvPath('market-share', 'fr')!)).toString('utf8'));
  for (const [name, rows] of [['wechat-users', users], ['timeline', timeline], ['market-share', market]] as const) {
    for (const row of rows) {
      const cited = (row.sources ?? '').split(' ').filter(Boolean);
      expect(cited.length, `${name}: a row without sources`).toBeGreaterThan(0);
      for (const id of cited) expect(known.has(id), `${name} cites ${id}`).toBe(true);
    }
  }
});

test('a language with column names of its own gets the same rows under its names, marked UTF-8 for spreadsheets; the others share the root files', async ({ request }) => {
  for (const locale of locales) {
    const names = columnsIn(locale);
    for (const file of csvFiles) {
      expect(csvPath(file, locale).startsWith('data/')).toBe(names === null);
      if (names === null) continue;
      const marked = (await fetchOk(request, csvPath(file, locale))).toString('utf8');
      const root = (await fetchOk(request, csvPath(file, 'fr'))).toString('utf8');
      expect(marked.startsWith(BYTE_ORDER_MARK), `${locale} ${file} opens with a byte-order mark`).toBe(true);
      expect(root.startsWith(BYTE_ORDER_MARK), `the root ${file} has none`).toBe(false);
      const own = marked.slice(1);
      const [ownHeader, ...ownRows] = own.split('\n');
      const [rootHeader, ...rootRows] = root.split('\n');
      expect(ownHeader!.split(','), `${locale} ${file}`).toEqual(rootHeader!.split(',').map((column) => names[column]));
      expect(ownRows).toEqual(rootRows);
    }
  }
  // The Chinese edition's timeline: its first event's Chinese title under the Chinese column.
  const timeline = csvParse((await fetchOk(request, csvPath('timeline', 'zh'))).toString('utf8').replace(BYTE_ORDER_MARK, ''));
  expect(timeline[0]!['标题（中文）']).toBe(data.timeline[0]!.label.zh);
});

test('each embed page of a chart links its data after its source line', async ({ page, request }) => {
  for (const locale of locales) {
    for (const widget of ['wechat-users', 'timeline'] as const) {
      for (const url of [`${indexUrl(locale)}${widget}/`, staticUrl(widget, locale)]) {
        await page.goto(url);
        const href = await page.locator('.embed__source a[download]').evaluate((anchor) => (anchor as HTMLAnchorElement).href);
        expect(new URL(href).pathname).toBe(`/${dataCsvPath(widget, locale)!}`);
        await fetchOk(request, href);
      }
    }
  }
});

test('the story links the data of the WeChat-users chart and of the timeline beside each of them', async ({ page, request }) => {
  for (const locale of locales) {
    await page.goto(storyUrl[locale]);
    for (const widget of ['wechat-users', 'timeline'] as const) {
      const links = page.locator(`[data-graphic="${widget}"] a[data-download]`);
      await expect(links.first()).toBeAttached();
      for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))) {
        expect(new URL(href).pathname).toBe(`/${dataCsvPath(widget, locale)!}`);
        await fetchOk(request, href);
      }
    }
  }
});
