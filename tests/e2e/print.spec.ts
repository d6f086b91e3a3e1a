// The printed story (public/print.css, src/story/printFrames.ts): every language printed to A4
// PDFs, read back with pdf.js. Chromium's page.pdf() prints without firing `beforeprint`, so the
// tests fire it as a browser does when a reader prints.
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { locales, sectionFiles, sources, storyUrl, type Locale } from '../support/story.ts';

/** Printed atop the story when it prints without the static edition's frames (src/lib/i18n/uiStrings.ts). */
const oneStateNote: Record<Locale, string> = {
  fr: 'Cette impression montre chaque graphique dans un seul état.',
  en: 'This printout shows each graphic in one state.',
  zh: '本打印件中每个图表只显示一个状态。',
};

/** At most this many A4 pages per language (bench/budgets.json has no print entry: pages are not bytes). */
const PAGE_BUDGET = 25;

interface Printed {
  pages: number;
  /** All the text, with no whitespace: a line or column break falls anywhere. */
  text: string;
}

/** Text as compared: no whitespace, one apostrophe (fonts map ’ to ʼ in a PDF's text). */
const squeeze = (text: string) => text.replace(/\s+/g, '').replace(/[ʼ’]/g, "'");

/** Whether the printed text holds `words`; says which words were missing, not the whole text. */
function expectPrinted(printed: Printed, words: string, what: string): void {
  expect(printed.text.includes(words), `${what} printed: ${words}`).toBe(true);
}

async function printToPdf(page: Page): Promise<Printed> {
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })), verbosity: 0 }).promise;
  let text = '';
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return { pages: pdf.numPages, text: squeeze(text) };
}

/** The words that name each graphic state on paper: a frame's caption, a timeline's key. */
async function stateCaptions(page: Page, section: string): Promise<string[]> {
  return page
    .locator(`section#${section} .graphic--static`)
    .locator(':is(.frames > li, .tl-frames)')
    .evaluateAll((states) => states.map((state) => (state.querySelector('figcaption .description, :scope > p, .tl-key') ?? state).textContent ?? ''));
}

/** What a reader asking to print sets off (Ctrl+P, the browser's menu): `beforeprint`, then print layout. */
async function startPrinting(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
}

for (const locale of locales) {
  const graphicSections = sectionFiles(locale).filter((section) => section.graphic !== 'none');

  test.describe(`the printed story (${locale})`, () => {
    test(`fits on ${PAGE_BUDGET} A4 pages with every section title, every graphic state and the sources' addresses`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(storyUrl[locale]);
      await startPrinting(page);
      // The static edition's frames stand in for the live graphics.
      await expect(page.locator('html')).toHaveAttribute('data-print-frames', '');
      for (const section of graphicSections) {
        const frames = page.locator(`section#${section.slug} .graphic--static`);
        await expect(frames, section.slug).toHaveCount(1);
        await expect(frames.locator(':is(.frames > li, .tl-frames > .tl-chart)').first()).toBeVisible();
        for (const state of await frames.locator(':is(.frames > li, .tl-frames > .tl-chart)').all()) await expect(state).toBeVisible();
      }
      await expect(page.locator('.graphic__live').first()).toBeHidden();
      // Nothing that only works on screen, nothing held in place.
      for (const link of await page.locator('.language-switch').all()) await expect(link).toBeHidden();
      await expect(page.locator('.language-switch')).toHaveCount(locales.length - 1);
      await expect(page.locator('.section-links').first()).toBeHidden();
      await expect(page.locator('.graphic__embed').first()).toBeHidden();
      const held = await page.evaluate(() =>
        [...document.querySelectorAll('body *')].filter((element) => element.checkVisibility() && /sticky|fixed/.test(getComputedStyle(element).position)).map((element) => element.className),
      );
      expect(held).toEqual([]);

      const captions = Object.fromEntries(await Promise.all(graphicSections.map(async (section) => [section.slug, await stateCaptions(page, section.slug)] as const)));
      const steps = await page.locator('.scrolly-step').allTextContents();
      const printed = await printToPdf(page);
      console.log(`story ${locale}: ${printed.pages} A4 pages`);
      expect(printed.pages).toBeGreaterThan(5);
      expect(printed.pages).toBeLessThanOrEqual(PAGE_BUDGET);
      for (const section of sectionFiles(locale)) expectPrinted(printed, squeeze(section.title), `title of ${section.slug}`);
      for (const section of graphicSections) {
        expect(captions[section.slug]!.length, `states of ${section.slug}`).toBeGreaterThan(0);
        for (const caption of captions[section.slug]!) expectPrinted(printed, squeeze(caption).slice(0, 60), `a state of ${section.slug}`);
      }
      for (const step of steps.map(squeeze)) {
        expectPrinted(printed, step.slice(0, 40), 'the start of a step');
        expectPrinted(printed, step.slice(-40), 'the end of a step');
      }
      // The source list gives each address in full (the first one, as a sample).
      expectPrinted(printed, squeeze(sources()[0]!.url), 'the first source\'s address');
      // With every state on paper, no note sends the reader elsewhere.
      expect(printed.text.includes(squeeze(oneStateNote[locale])), 'the one-state note').toBe(false);

      // Once printed, the page is the interactive one again.
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await expect(page.locator('.graphic--static')).toHaveCount(0);
      await expect(page.locator('html')).not.toHaveAttribute('data-print-frames');
    });

    test('without the static edition at hand, the printout says so and gives that edition\'s full address', async ({ page }) => {
      test.setTimeout(60_000);
      // Offline before the edition was kept: its page cannot be fetched.
      await page.route('**/static/', (route) => route.abort('internetdisconnected'));
      await page.goto(storyUrl[locale]);
      await startPrinting(page);
      await expect(page.locator('html')).not.toHaveAttribute('data-print-frames');
      const address = new URL('static/', page.url()).href;
      const printed = await printToPdf(page);
      expectPrinted(printed, squeeze(oneStateNote[locale]), 'the one-state note');
      expectPrinted(printed, squeeze(address), 'the static edition\'s address');
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('.print-note')).toBeHidden();
    });

    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false });
      test(`the static edition, where such readers land, prints on ${PAGE_BUDGET} pages with every word and state`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(storyUrl[locale]);
        await expect(page).toHaveURL(/static\/$/);
        await page.emulateMedia({ media: 'print' });
        const captions = (await Promise.all(graphicSections.map((section) => stateCaptions(page, section.slug)))).flat();
        const steps = await page.locator('.scrolly-step').allTextContents();
        const printed = await printToPdf(page);
        expect(printed.pages).toBeLessThanOrEqual(PAGE_BUDGET);
        for (const section of sectionFiles(locale)) expectPrinted(printed, squeeze(section.title), `title of ${section.slug}`);
        expect(captions.length).toBeGreaterThan(graphicSections.length);
        for (const caption of captions) expectPrinted(printed, squeeze(caption).slice(0, 60), 'a graphic state');
        // Every step, whole: its first and last words.
        for (const step of steps.map(squeeze)) {
          expectPrinted(printed, step.slice(0, 40), 'the start of a step');
          expectPrinted(printed, step.slice(-40), 'the end of a step');
        }
      });
    });
  });
}
