// The story's byte budgets (bench/budgets.json), checked on every test run: bytes do not depend
// on the machine, so unlike the timings they belong here as well as in `npm run bench`.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { paintsFirstViewFrom, phoneScreens } from '../../bench/firstRoundTrip.mjs';
import { hydrateEveryGraphic } from '../support/hydrate.ts';
import { trackRequests } from '../support/network.ts';
import { locales, storyUrl } from '../support/story.ts';

const budget = JSON.parse(readFileSync('bench/budgets.json', 'utf8')).story as {
  allJsGzip: number;
  firstResponseGzip: number;
  firstViewFontsBytes: number;
};

interface Loaded {
  url: string;
  type: string;
  raw: number;
  gzip: number;
  firstView: boolean;
}

/** Every file the page loads, with its size raw and gzipped, and whether it came before any scrolling. */
async function load(page: Page, url: string): Promise<Loaded[]> {
  const network = trackRequests(page);
  const files: Promise<Loaded>[] = [];
  let firstView = true;
  page.on('requestfinished', (request) => {
    const phase = firstView;
    files.push(
      (async () => {
        const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
        return { url: request.url(), type: request.resourceType(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length, firstView: phase };
      })(),
    );
  });
  await page.goto(url);
  await network.settled();
  firstView = false;
  await hydrateEveryGraphic(page);
  await network.settled();
  return Promise.all(files);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const locale of locales) {
  test.describe(`story (${locale}) bytes`, () => {
    test(`all its JavaScript, every widget hydrated, weighs at most ${kb(budget.allJsGzip)} gzip`, async ({ page }) => {
      const files = await load(page, storyUrl[locale]);
      const js = files.filter((file) => file.type === 'script' || file.url.endsWith('.js'));
      const total = js.reduce((sum, file) => sum + file.gzip, 0);
      console.log(`story ${locale}: ${js.length} scripts, ${kb(total)} gzip`);
      expect(js.length).toBeGreaterThan(3);
      expect(total).toBeLessThanOrEqual(budget.allJsGzip);
    });

    test(`its first view needs at most ${kb(budget.firstViewFontsBytes)} of fonts`, async ({ page }) => {
      const files = await load(page, storyUrl[locale]);
      const fonts = files.filter((file) => file.firstView && file.type === 'font');
      const total = fonts.reduce((sum, file) => sum + file.raw, 0);
      // The Chinese edition uses the system's Chinese faces only: no font at all.
      if (locale === 'zh') expect(fonts).toEqual([]);
      else expect(fonts.length).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(budget.firstViewFontsBytes);
    });

    test('asks for no script file while it loads: its own script is written in the page', async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(storyUrl[locale], { waitUntil: 'domcontentloaded' });
      expect(scripts).toEqual([]);
      // That script has run: the scrolly is started, the offline copy is on its way.
      await expect(page.locator('[data-scrolly][data-scrolly-ready]').first()).toBeAttached();
    });

    // Every size, weight and face of text is a font instance the browser builds before it lays a
    // line out (src/styles/tokens.css): the story keeps to a few steps. Chinese words, in the
    // sources, need a Chinese face whatever the scale: they are left out, except in Chinese.
    test('sets its text in at most 12 faces, sizes and weights', async ({ page }) => {
      await page.goto(storyUrl[locale]);
      const leftOut = locale === 'zh' ? 'svg, script, style, noscript, template' : 'svg, script, style, noscript, template, [lang|="zh"]';
      const styles = await page.evaluate((leftOut) => {
        const seen = new Set<string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!node.textContent?.trim() || !element || element.closest(leftOut)) continue;
          if (!element.checkVisibility()) continue;
          const style = getComputedStyle(element);
          seen.add(`${style.fontFamily.split(',')[0]} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
        }
        return [...seen].sort();
      }, leftOut);
      console.log(`story ${locale}: text in ${styles.length} styles: ${styles.join('; ')}`);
      expect(styles.length).toBeGreaterThan(4);
      expect(styles.length).toBeLessThanOrEqual(12);
    });

    // Layout, not only bytes: the graphics hold half the page's boxes and the source list a
    // hundred-odd entries. A phone lays out only what is near the reader while the story loads;
    // a graphic as the reader nears it; the sources a few at a time while the phone is idle, from
    // the reader's first scroll, before the reader gets there.
    test('lays out neither the graphics nor the sources while the story loads; the sources from the first scroll, the graphics as the reader nears them', async ({ page }) => {
      const laidOut = (selector: string) => page.locator(selector).evaluateAll((all) => all.map((element) => element.checkVisibility({ contentVisibilityAuto: true })));
      await page.addInitScript(() => {
        addEventListener('load', () => {
          const laidOutNow = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.checkVisibility({ contentVisibilityAuto: true }));
          (window as unknown as { atLoad: unknown }).atLoad = { graphics: laidOutNow('.scrolly:not(.scrolly--flat) .graphic figure'), sources: laidOutNow('.source-list > li > a') };
        });
      });
      await page.goto(storyUrl[locale]);
      const atLoad = await page.evaluate(() => (window as unknown as { atLoad: { graphics: boolean[]; sources: boolean[] } }).atLoad);
      expect(atLoad.graphics.length).toBeGreaterThan(3);
      expect(atLoad.sources.length).toBeGreaterThan(100);
      expect(atLoad.graphics.slice(1), 'graphics laid out by the load').not.toContain(true);
      expect(atLoad.sources, 'sources laid out by the load').not.toContain(true);
      // A first scroll, far from the list: all its entries are laid out before the reader is near.
      await page.mouse.wheel(0, 200);
      await expect.poll(async () => (await laidOut('.source-list > li > a')).includes(false), { timeout: 15_000 }).toBe(false);
      expect(await page.evaluate(() => scrollY)).toBeLessThan(1000);
      await page.locator('.scrolly:not(.scrolly--flat) .graphic').last().scrollIntoViewIfNeeded();
      await expect.poll(async () => (await laidOut('.scrolly:not(.scrolly--flat) .graphic figure')).at(-1)).toBe(true);
    });

    // One round trip: a phone paints its first view from the first 14 KB of the gzip HTML,
    // without waiting for any other file. The whole HTML, which carries the story, its sources
    // and each graphic's server-rendered state, streams in after (55-58 KB gzip in all).
    for (const screen of phoneScreens) {
      test(`on a ${screen.width}×${screen.height} phone, its first view paints from the first ${kb(budget.firstResponseGzip)} of its gzip HTML, styles inline`, async ({ browser, baseURL }, testInfo) => {
        const url = new URL(storyUrl[locale], baseURL).href;
        const round = await paintsFirstViewFrom(browser, url, screen, budget.firstResponseGzip);
        console.log(`story ${locale}: whole HTML ${kb(round.wholeGzip)} gzip`);
        if (!round.samePaint) {
          writeFileSync(testInfo.outputPath('from-the-whole-page.png'), round.screenshots.whole);
          writeFileSync(testInfo.outputPath('from-the-first-round-trip.png'), round.screenshots.partial);
        }
        expect(round.blocking).toEqual([]);
        expect(round.samePaint).toBe(true);
        // The comparison sees a difference when there is one: the head alone paints nothing.
        expect((await paintsFirstViewFrom(browser, url, screen, 2048)).samePaint).toBe(false);
      });
    }
  });
}
