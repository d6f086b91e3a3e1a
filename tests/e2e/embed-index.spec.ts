// The embed index as an editor uses it: previews, codes with this copy's real address, copy
// buttons that copy exactly what is shown, and codes that work once pasted on another site.
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { embedTitle } from '../../src/embed/embedTitle.ts';
import { embeddableWidgets, widgetNamed, type WidgetName } from '../../src/widgets/registry.ts';
import { languageTag } from '../../src/lib/i18n/locales.ts';
import { locales, storyUrl, type Locale } from '../support/story.ts';
import {
  expect,
  expectEmbedShown,
  expectFrameToFitContent,
  frameOf,
  measureFit,
  recordCspViolations,
  strictCsp,
  test,
} from '../fixtures/embed-hosts/hosts.ts';

const indexUrl: Record<Locale, string> = { fr: 'embed/', en: 'en/embed/', zh: 'zh/embed/' };
/** serve.mjs also serves the site under this path (operators copy it anywhere). */
const SUB_PATH = 'graphics/2022/alipay-wechat/';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const codeOf = (page: Page, widget: string, kind: 'responsive' | 'iframe') => page.locator(`#${widget}-${kind}`);

for (const locale of locales) {
  test(`the ${locale} embed index previews every graphic and gives its codes with this site's address`, async ({ page, origins }) => {
    const { siteRoot } = origins;
    await page.goto(indexUrl[locale]);
    await expect(page.locator('html')).toHaveAttribute('lang', languageTag[locale]);
    for (const widget of embeddableWidgets) {
      const title = embedTitle(widget, locale);
      const entry = page.locator(`section#${widget}`);
      await expect(entry.getByRole('heading', { level: 2 })).toHaveText(title);
      // The preview is made by the loader itself, as on a partner's page.
      const preview = entry.locator('iframe');
      await preview.scrollIntoViewIfNeeded();
      await expect(preview).toHaveAttribute('title', title);
      await expectEmbedShown(await frameOf(preview), title);
      const embedUrl = `${siteRoot}${indexUrl[locale]}${widget}/`;
      await expect(codeOf(page, widget, 'responsive')).toContainText(`<a href="${embedUrl}">`);
      await expect(codeOf(page, widget, 'responsive')).toContainText(`<script src="${siteRoot}embed.js" async></script>`);
      await expect(codeOf(page, widget, 'iframe')).toContainText(`<iframe src="${embedUrl}"`);
      await expect(codeOf(page, widget, 'iframe')).toContainText(`height="${widgetNamed(widget).frameHeight}"`);
    }
  });
}

test('under a sub-path, the codes and the loader use that path', async ({ page, origins }) => {
  const { siteRoot } = origins;
  const root = `${siteRoot}${SUB_PATH}`;
  await page.goto(`${SUB_PATH}en/embed/`);
  await expect(codeOf(page, 'qr-flow', 'responsive')).toContainText(`<a href="${root}en/embed/qr-flow/">`);
  await expect(codeOf(page, 'qr-flow', 'responsive')).toContainText(`<script src="${root}embed.js" async></script>`);
  await expect(codeOf(page, 'qr-flow', 'iframe')).toContainText(`<iframe src="${root}en/embed/qr-flow/"`);
  const preview = page.locator('section#wechat-users iframe');
  await preview.scrollIntoViewIfNeeded();
  expect(await preview.getAttribute('src')).toMatch(new RegExp(`^${root}en/embed/wechat-users/\\?childId=`));
  await expectFrameToFitContent(preview, 'preview under a sub-path');
});

/** Clicks a copy button and returns what the clipboard holds, checking it is the code shown. */
async function copy(page: Page, widget: string, kind: 'responsive' | 'iframe'): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  const shown = await codeOf(page, widget, kind).textContent();
  await page.locator(`button[data-copy="${widget}-${kind}"]`).click();
  await expect(page.getByRole('status')).toHaveText(/./);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);
  return copied;
}

for (const widget of embeddableWidgets) {
  test(`${widget}: the copied responsive code works pasted into another site's page with a strict CSP`, async ({ page, context, origins, serveHostPages }) => {
    await page.goto(indexUrl.en);
    const code = await copy(page, widget, 'responsive');

    const host = await context.newPage();
    const violations = await recordCspViolations(host);
    const urls = serveHostPages({ pasted: { embed: code, csp: strictCsp(origins.embedOrigin) } });
    await host.setViewportSize({ width: 360, height: 800 });
    await host.goto(urls.pasted!);
    const iframe = host.locator('iframe');
    await iframe.scrollIntoViewIfNeeded();
    await expectEmbedShown(await frameOf(iframe), embedTitle(widget, 'en'));
    await expectFrameToFitContent(iframe, `pasted ${widget} at 360 px`);
    await host.setViewportSize({ width: 1000, height: 800 });
    await expectFrameToFitContent(iframe, `pasted ${widget} at 1000 px`);
    expect(await violations()).toEqual([]);
  });

  test(`${widget}: the copied plain iframe code shows the whole graphic in a 640 px column, in both languages`, async ({ page, context, origins, serveHostPages }, testInfo) => {
    for (const locale of locales) {
      await page.goto(indexUrl[locale]);
      const code = await copy(page, widget, 'iframe');

      const host = await context.newPage();
      const urls = serveHostPages({ [`pasted-${locale}`]: { embed: code, csp: strictCsp(origins.embedOrigin) } });
      // The article template's body has the browser's 8 px margins: the iframe gets 640 px.
      await host.setViewportSize({ width: 656, height: 900 });
      await host.goto(urls[`pasted-${locale}`]!);
      const iframe = host.locator('iframe');
      await iframe.scrollIntoViewIfNeeded();
      await expectEmbedShown(await frameOf(iframe), embedTitle(widget, locale));
      const fit = await measureFit(iframe);
      testInfo.annotations.push({ type: 'content height at 640 px', description: `${widget} (${locale}): ${fit.contentHeight} px of ${fit.frameHeight}` });
      expect(await iframe.evaluate((element) => element.clientWidth)).toBe(640);
      expect(fit.frameHeight).toBe(widgetNamed(widget).frameHeight);
      expect(fit.scrollHeight, `${widget} (${locale}) needs ${fit.contentHeight} px`).toBeLessThanOrEqual(fit.frameHeight);
      await host.close();
    }
  });
}

test('every copy button copies exactly the code shown above it, in both languages', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(indexUrl[locale]);
    for (const widget of embeddableWidgets) {
      for (const kind of ['responsive', 'iframe'] as const) await copy(page, widget, kind);
    }
  }
});

for (const locale of locales) {
  test(`the ${locale} story has an embed link under each graphic, to that graphic's codes`, async ({ page }) => {
    await page.goto(storyUrl[locale]);
    const links = page.locator('.graphic__embed a:not([data-download])');
    const graphics = await page.locator('[data-graphic]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-graphic')));
    await expect(links).toHaveCount(graphics.length);
    const first = links.first();
    const widget = graphics[0]!;
    await first.scrollIntoViewIfNeeded();
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${indexUrl[locale]}#${widget}$`));
    await expect(page.locator(`section#${widget} h2`)).toHaveText(embedTitle(widget as WidgetName, locale));
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of [indexUrl.fr, indexUrl.en, 'en/embed/wechat-users/']) {
    test(`axe finds no WCAG violation on ${path} in the ${colorScheme} theme, and nothing scrolls sideways at 320 px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(path);
      // The index's previews are iframes made by the loader: let each one load before axe runs.
      for (const iframe of await page.locator('iframe').all()) {
        await iframe.scrollIntoViewIfNeeded();
        await expect(iframe).toHaveAttribute('title', /./);
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  }
}
