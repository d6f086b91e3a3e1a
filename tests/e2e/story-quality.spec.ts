// What every reader is owed whatever their setup: no JavaScript, no network beyond this site,
// no errors, assistive technology, dark mode and a 320 px screen.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrateEveryGraphic } from '../support/hydrate.ts';
import { uiStrings } from '../../src/lib/i18n/uiStrings.ts';
import { locales, sectionFiles, storyUrl } from '../support/story.ts';


/**
 * Every text the page writes in French (inside lang="fr"), with the publishers' names left out:
 * a name such as "Let's Talk Payments" is spelt as its owner spells it.
 */
function frenchTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const publishers = [...document.querySelectorAll('.source-list__publisher')].map((name) => name.textContent ?? '');
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest('script, style, noscript') || parent.closest('[lang]')?.getAttribute('lang') !== 'fr') continue;
      texts.push(publishers.reduce((rest, name) => rest.replaceAll(name, ''), node.textContent ?? ''));
    }
    return texts;
  });
}

for (const locale of locales) {
  test.describe(`story in ${locale}`, () => {
    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false });
      test('every step is readable and every graphic section shows its static states', async ({ page }) => {
        await page.goto(storyUrl[locale]);
        // The interactive page sends readers without JavaScript to the static edition.
        await expect(page).toHaveURL(new RegExp(`${storyUrl[locale].replace(/^\.\//, '')}static/$`));
        await expect(page.locator('link[rel=canonical]')).not.toHaveAttribute('href', /static/);
        for (const section of sectionFiles(locale)) {
          const steps = page.locator(`section#${section.slug} .scrolly-step`);
          await expect(steps).toHaveCount(section.steps);
          for (let index = 0; index < section.steps; index++) await expect(steps.nth(index)).toBeVisible();
          if (section.graphic !== 'none') {
            const frames = page.locator(`section#${section.slug} .graphic__frames`);
            await expect(frames).toBeVisible();
            await expect(frames.locator('svg, img, ol, ul, figure').first()).toBeVisible();
            await expect(page.locator(`section#${section.slug} .graphic__live`)).toBeHidden();
          }
        }
      });
    });

    test('makes no request outside its own origin and logs no error', async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(storyUrl[locale]);
      await hydrateEveryGraphic(page);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no WCAG violation in the ${colorScheme} theme, ${colorScheme === 'dark' ? 'on a phone' : 'on a laptop'}`, async ({ page }) => {
        // axe walks the whole long page: give it time on a slow machine.
        test.setTimeout(120_000);
        // One theme on a laptop, the other on a phone, where fitGraphic scales the graphics down
        // and their links must keep a target's size or clear space (WCAG 2.5.8).
        if (colorScheme === 'dark') await page.setViewportSize({ width: 412, height: 823 });
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.goto(storyUrl[locale]);
        await hydrateEveryGraphic(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      });
    }

    test('the static edition: linked from the story, every graphic as its states, no widget, and back', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(storyUrl[locale]);
      // The interactive page carries no static frames: they are the static edition's.
      await expect(page.locator('.graphic__frames')).toHaveCount(0);
      const graphicSections = sectionFiles(locale).filter((section) => section.graphic !== 'none');
      // The timeline sections, one after another, share one timeline.
      const timelineSections = graphicSections.filter((section) => section.graphic === 'timeline').length;
      await expect(page.locator('.graphic__live')).toHaveCount(graphicSections.length - timelineSections + Math.min(1, timelineSections));
      await page.locator('.site-footer a').filter({ hasText: uiStrings[locale].staticEditionLink }).click();
      await expect(page).toHaveURL(/static\/$/);
      await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', /noindex/);
      await expect(page.locator('link[rel=canonical]')).not.toHaveAttribute('href', /static/);
      await expect(page.locator('.graphic__live, astro-island')).toHaveCount(0);
      for (const section of graphicSections) {
        await expect(page.locator(`section#${section.slug} .graphic__frames`)).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      await page.locator('.edition-note a').click();
      await expect(page).not.toHaveURL(/static/);
      await expect(page.locator('.graphic__live').first()).toBeAttached();
    });

    // A screen reader reads each source's words in their own language (WCAG 3.1.2).
    test('marks every Chinese word as Chinese, and each source title in its own language', async ({ page }) => {
      await page.goto(storyUrl[locale]);
      const chinese = await page.evaluate(() => {
        const found: { text: string; lang: string | null | undefined }[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (/\p{Script=Han}/u.test(node.textContent ?? '')) found.push({ text: node.textContent!.trim(), lang: node.parentElement?.closest('[lang]')?.getAttribute('lang') });
        }
        return found;
      });
      expect(chinese.length).toBeGreaterThan(5);
      // zh-Hans on the Chinese page, zh on a Chinese word inside French or English: both are Chinese.
      const chineseTag = (lang: string | null | undefined) => (lang?.startsWith('zh') ? 'zh' : lang);
      for (const run of chinese) expect(chineseTag(run.lang), run.text).toBe('zh');
      const titles = page.locator('#sources li > a[href^="http"]');
      expect(await titles.count()).toBeGreaterThan(100);
      // Each title's language, from its own lang or the page's: French only for the article we check.
      const titleLanguages = new Set((await titles.evaluateAll((links) => links.map((link) => link.closest('[lang]')?.getAttribute('lang')))).map(chineseTag));
      expect([...titleLanguages].sort()).toEqual(['en', 'fr', 'zh']);
      const checkedArticle = page.locator('#source-siecledigital-2022-alipay-wechat > a[href^="http"]');
      expect(await checkedArticle.evaluate((link) => link.closest('[lang]')?.getAttribute('lang'))).toBe('fr');
    });

    // French typography everywhere French is written, the source list included: a no-break space
    // (never a plain one) before ; : ! ? % and », and after «.
    test('sets French punctuation with no-break spaces in every French text', async ({ page }) => {
      test.skip(locale !== 'fr', 'French typography');
      for (const url of [storyUrl[locale], `${storyUrl[locale]}static/`]) {
        await page.goto(url);
        const breakable = (await frenchTexts(page)).filter((text) => / [;:!?%»]|« /.test(text));
        expect(breakable, url).toEqual([]);
      }
    });

    test('writes the typographic apostrophe in every French text', async ({ page }) => {
      test.skip(locale !== 'fr', 'French typography');
      // The static edition holds every timeline description and the source list, as the story does.
      for (const url of [storyUrl[locale], `${storyUrl[locale]}static/`]) {
        await page.goto(url);
        const straight = (await frenchTexts(page)).filter((text) => text.includes("'"));
        expect(straight, url).toEqual([]);
      }
    });

    test('nothing scrolls sideways on a 320 px screen', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(storyUrl[locale]);
      await hydrateEveryGraphic(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.goto(`${storyUrl[locale]}static/`);
      const staticOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(staticOverflow, 'static edition').toBeLessThanOrEqual(0);
    });
  });
}
