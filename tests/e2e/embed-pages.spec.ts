// The embed pages themselves: what they show, their oEmbed description, their URL parameters and
// their weight.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { widgetJsByWidget } from '../../bench/widgetJs.mjs';
import { FRAME_SANDBOX, oembedPath } from '../../src/embed/embedCodes.ts';
import { embedPagePath } from '../../src/lib/paths.ts';
import { embedTitle } from '../../src/embed/embedTitle.ts';
import { embeddableWidgets, widgetNamed } from '../../src/widgets/registry.ts';
import { languageTag } from '../../src/lib/i18n/locales.ts';
import { locales, sectionFiles, storyUrl as storyPathOf, type Locale } from '../support/story.ts';
import { expect, test } from '../fixtures/embed-hosts/hosts.ts';
import { expectHydrated } from '../support/hydrate.ts';
import { trackRequests } from '../support/network.ts';

/** The source line and the credit under every embed, in each language's punctuation. */
const sourcePrefix: Record<Locale, RegExp> = { fr: /^Source\s?:\s.{20,}/, en: /^Source:\s.{20,}/, zh: /^来源：\S.{10,}/ };
const credit: Record<Locale, string> = { fr: 'Graphique\u00a0: Passerelle, mis à jour le', en: 'Graphic: Passerelle, updated', zh: '图表：Passerelle，更新于2' };
/** Everything one embed page loads, compressed as nginx sends it. */
const WEIGHT_BUDGET = 40 * 1024;
/** Each widget's own JavaScript in the story, beyond the Svelte runtime its islands share (bench/budgets.json). */
const widgetJsBudget: Record<string, number> = JSON.parse(readFileSync('bench/budgets.json', 'utf8')).embed.widgetJsGzip;

for (const locale of locales) {
  for (const widget of embeddableWidgets) {
    const path = embedPagePath(widget, locale);

    test(`${path}: the graphic, its title, its sources and a link to its story section, without site chrome`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', languageTag[locale]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(embedTitle(widget, locale));
      await expect(page.locator(`[data-graphic="${widget}"]`)).toBeVisible();
      await expect(page.locator('.embed__source')).toHaveText(sourcePrefix[locale]);
      const section = sectionFiles(locale).find((s) => s.graphic === widget)!;
      // The credit and the date of the last change of substance, as the story's change log records it.
      const changes = JSON.parse(readFileSync('content/data/changes.json', 'utf8')) as { datePublished: string; changes: { date: string }[] };
      const lastChange = [changes.datePublished, ...changes.changes.map((c) => c.date)].sort().at(-1)!;
      await expect(page.locator('.embed__credit')).toContainText(credit[locale]);
      await expect(page.locator('.embed__credit time')).toHaveAttribute('datetime', lastChange);
      const back = page.locator('.embed__credit a');
      await expect(back).toHaveAttribute('target', '_blank');
      const storyUrl = await back.evaluate((a: HTMLAnchorElement) => a.href);
      expect(storyUrl).toBe(new URL(`${storyPathOf[locale].replace('./', '')}#${section.slug}`, page.url().replace(path, '')).href);
      await expect(page.locator('.site-header, .site-footer, .skip-link, .graphic__embed')).toHaveCount(0);
      await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
    });

    test(`${path}: without JavaScript, the reader lands on its static edition, frames and no widget code`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      // The live page carries no frames (only, inline, the style for them): they are the static edition's.
      expect(await (await page.request.get(path)).text()).not.toMatch(/class="[^"]*\bgraphic__frames\b/);
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`${path}static/$`));
      await expect(page.locator('.graphic__frames')).toBeVisible();
      await expect(page.locator('.graphic__frames').locator('svg, ol, figure').first()).toBeVisible();
      await expect(page.locator('astro-island, [data-embed-root]')).toHaveCount(0);
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(canonical!.endsWith(`/${path}`)).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(embedTitle(widget, locale));
      await context.close();
    });

    test(`${path}: links to an oEmbed description with the iframe code`, async ({ page, request }) => {
      await page.goto(path);
      const link = page.locator('link[rel=alternate][type="application/json+oembed"]');
      const href = await link.getAttribute('href');
      // Absolute, from the configured site address, as oEmbed discovery requires.
      expect(href).toMatch(/^https?:\/\/.+\.json$/);
      expect(href!.endsWith(`/${oembedPath(widget, locale)}`)).toBe(true);
      const response = await request.get(oembedPath(widget, locale));
      expect(response.ok()).toBe(true);
      expect(response.headers()['content-type']).toContain('application/json');
      const oembed = await response.json();
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(oembed).toMatchObject({
        version: '1.0',
        type: 'rich',
        title: embedTitle(widget, locale),
        height: widgetNamed(widget).frameHeight,
        width: expect.any(Number),
        provider_name: expect.any(String),
        provider_url: expect.stringMatching(/^https?:\/\//),
      });
      expect(oembed.html).toBe(
        `<iframe src="${canonical}" title="${embedTitle(widget, locale)}" width="100%" height="${widgetNamed(widget).frameHeight}" frameborder="0" loading="lazy" sandbox="${FRAME_SANDBOX}"></iframe>`,
      );
    });

    test(`${path}: weighs at most 40 KB gzip, all resources together, and asks no other host`, async ({ page, origins }, testInfo) => {
      const network = trackRequests(page);
      const measures: Promise<{ url: string; transferred: number; gzipped: number }>[] = [];
      page.on('requestfinished', (request) => {
        measures.push(
          (async () => {
            const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
            // What went over the wire (nginx gzips text), and what the file weighs gzipped.
            return { url: request.url(), transferred: (await request.sizes()).responseBodySize, gzipped: gzipSync(body).length };
          })(),
        );
      });
      await page.goto(path);
      await expectHydrated(page);
      await network.settled();
      const loaded = await Promise.all(measures);
      const transferred = loaded.reduce((sum, file) => sum + file.transferred, 0);
      const gzipped = loaded.reduce((sum, file) => sum + file.gzipped, 0);
      const report = `${path}: ${loaded.length} files, ${(transferred / 1024).toFixed(1)} KB transferred, ${(gzipped / 1024).toFixed(1)} KB gzipped`;
      testInfo.annotations.push({ type: 'weight', description: report });
      console.log(`embed weight ${report}`);
      expect(loaded.length).toBeGreaterThan(1);
      expect(loaded.filter((file) => new URL(file.url).origin !== origins.embedOrigin).map((file) => file.url)).toEqual([]);
      expect(transferred, report).toBeLessThanOrEqual(WEIGHT_BUDGET);
      expect(gzipped, report).toBeLessThanOrEqual(WEIGHT_BUDGET);
    });
  }
}

test.describe('embed parameters', () => {
  const path = embedPagePath('wechat-users', 'en');

  test('a valid theme is applied', async ({ page }) => {
    await page.goto(`${path}?theme=dark`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto(`${path}?theme=light`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  for (const widget of embeddableWidgets) {
    test(`${widget} starts at the step the URL asks for`, async ({ page }) => {
      await page.goto(`${embedPagePath(widget, 'en')}?step=1`);
      await expect(page.locator(`[data-widget="${widget}"]`)).toHaveAttribute('data-state', '1');
    });

    test(`${widget} with no step opens on its most informative state, as drawn before it runs; step 0 is step 0`, async ({ page, request }) => {
      const opening = String(widgetNamed(widget).openingState);
      // The server's drawing is already that state: nothing jumps when the widget starts.
      const html = await (await request.get(embedPagePath(widget, 'en'))).text();
      expect(html).toMatch(new RegExp(`data-widget="${widget}"[^>]*data-state="${opening}"|data-state="${opening}"[^>]*data-widget="${widget}"`));
      await page.goto(embedPagePath(widget, 'en'));
      await expectHydrated(page);
      await expect(page.locator(`[data-widget="${widget}"]`)).toHaveAttribute('data-state', opening);
      await page.goto(`${embedPagePath(widget, 'en')}?step=0`);
      await expectHydrated(page);
      await expect(page.locator(`[data-widget="${widget}"]`)).toHaveAttribute('data-state', '0');
    });
  }

  const bad: [string, string][] = [
    ['theme', 'DARK'],
    ['theme', 'blue'],
    ['theme', ''],
    ['theme', '"><script>window.__injected=1</script>'],
    ['theme', "dark' onload='window.__injected=1"],
    ['step', '-1'],
    ['step', '1e3'],
    ['step', '999'],
    ['step', '2.5'],
    ['step', 'two'],
    ['step', '<img src=x onerror="window.__injected=1">'],
    ['autoplay', 'yes'],
    ['autoplay', 'true'],
    ['autoplay', '<svg onload="window.__injected=1">'],
  ];
  for (const widget of embeddableWidgets) {
    test(`${widget}: every bad value falls back to the default (a bad step: its opening state) and never reaches the page raw`, async ({ page }) => {
      test.setTimeout(bad.length * 15_000); // one page load per value
      for (const [name, value] of bad) {
        const search = new URLSearchParams({ [name]: value }).toString();
        await page.goto(`${embedPagePath(widget, 'en')}?${search}`);
        await expectHydrated(page);
        const what = `${name}=${value}`;
        // Default theme: the reader's own ("auto"), with no data-theme on the root.
        await expect(page.locator('html'), what).not.toHaveAttribute('data-theme');
        await expect(page.locator(`[data-widget="${widget}"]`), what).toHaveAttribute('data-state', String(widgetNamed(widget).openingState));
        expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected), what).toBeUndefined();
        if (/[<>"']/.test(value)) expect((await page.content()).includes(value), what).toBe(false);
        await expect(page.locator('[onerror], [onload]'), what).toHaveCount(0);
      }
    });
  }
});

for (const locale of locales) {
  test(`story (${locale}): each widget's own JavaScript, beyond the shared Svelte runtime, is within its budget`, async ({ page }) => {
    await page.goto(storyPathOf[locale]);
    const sizes = await widgetJsByWidget(page);
    for (const [widget, budget] of Object.entries(widgetJsBudget)) {
      expect(sizes[widget], `${widget}: its island's modules`).toBeGreaterThan(1024);
      expect(sizes[widget], `${widget}: gzip bytes beyond the runtime`).toBeLessThanOrEqual(budget);
    }
  });
}
