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
