// A widget's words reach the browser as data, in the page's language only (src/widgets/widgetStrings.ts):
// no script of any page carries a widget's sentences, in either language, and no reader ever sees
// a template's {placeholder} left unfilled, in the live widgets, their states or the static editions.
import { expect, test, type Page } from '@playwright/test';
import { embedPagePath, staticStoryPath } from '../../src/lib/paths.ts';
import { marketShareStrings } from '../../src/widgets/market-share/marketShareStrings.ts';
import { qrFlowStrings } from '../../src/widgets/qr-flow/qrFlowStrings.ts';
import { embeddableWidgets } from '../../src/widgets/registry.ts';
import { timelineStrings } from '../../src/widgets/timeline/timelineStrings.ts';
import { usersStrings } from '../../src/widgets/wechat-users/usersStrings.ts';
import { expectHydrated, hydrateEveryGraphic } from '../support/hydrate.ts';
import { locales, storyUrl } from '../support/story.ts';

const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsOf) : [];

/**
 * Runs of plain ASCII words from every widget's sentences, in both languages: a script that held a
 * table would hold them as they are, whatever the minifier does to curly quotes and no-break spaces.
 * Long enough never to be a name such as "Alipay + WeChat Pay", which code may well hold.
 */
const widgetPhrases = [
  ...new Set(
    locales
      .flatMap((locale) => [qrFlowStrings[locale], marketShareStrings[locale], usersStrings[locale], timelineStrings[locale]].flatMap(stringsOf))
      .flatMap((text) => text.match(/[A-Za-z][A-Za-z ,]{22,}[A-Za-z]/g) ?? []),
  ),
];

/**
 * Runs of ten Chinese characters or more: as written, or as a minifier may escape them (\u652f).
 * Long enough never to be a name.
 */
const chinesePhrases = [
  ...new Set(
    [qrFlowStrings.zh, marketShareStrings.zh, usersStrings.zh, timelineStrings.zh]
      .flatMap(stringsOf)
      .flatMap((text) => text.match(/\p{Script=Han}{10,}/gu) ?? []),
  ),
];
const escaped = (text: string) => [...text].map((character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('');

/** Every script the page has run so far, as its text. */
function collectScripts(page: Page): Promise<string>[] {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
  return scripts;
}

/** What a reader (or a screen reader) gets: text and the attributes that name things; not scripts' contents. */
const readerText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node instanceof Element && ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node instanceof Element) {
        for (const name of ['aria-label', 'alt', 'title', 'placeholder']) parts.push(node.getAttribute(name) ?? '');
      } else parts.push(node.textContent ?? '');
    }
    return parts.join('\n');
  });

const unfilled = (text: string) => text.match(/\{\w+\}/g) ?? [];

async function expectNoWidgetWordsIn(scripts: Promise<string>[]): Promise<void> {
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(0);
  const found = widgetPhrases.filter((phrase) => bodies.some((body) => body.includes(phrase)));
  expect(found, 'widget words shipped as code').toEqual([]);
  const lowered = bodies.map((body) => body.toLowerCase());
  const foundChinese = chinesePhrases.filter((phrase) => bodies.some((body) => body.includes(phrase)) || lowered.some((body) => body.includes(escaped(phrase))));
  expect(foundChinese, 'Chinese widget words shipped as code').toEqual([]);
}

test('the check knows the widgets’ sentences in every language', () => {
  expect(widgetPhrases).toContain('The friend taps the code in WeChat, but WeChat Pay cannot collect it, because two payment institutions may not move funds directly between each other');
  expect(widgetPhrases).toContain('utilisateurs actifs par mois');
  expect(widgetPhrases.length).toBeGreaterThan(60);
  expect(chinesePhrases).toContain('好友在微信里点开二维码');
  expect(chinesePhrases.length).toBeGreaterThan(20);
  // The escaped form is the one a minifier writes when it keeps to ASCII.
  expect(escaped('支付')).toBe('\\u652f\\u4ed8');
});

for (const locale of locales) {
  test(`story (${locale}): no widget's words in its scripts, no placeholder left in any widget`, async ({ page }) => {
    const scripts = collectScripts(page);
    await page.goto(storyUrl[locale]);
    await hydrateEveryGraphic(page);
    expect(unfilled(await readerText(page))).toEqual([]);
    await expectNoWidgetWordsIn(scripts);
  });

  test(`static edition (${locale}): every state's words are filled`, async ({ page }) => {
    await page.goto(staticStoryPath(locale));
    await expect(page.locator('[data-widget-frames="qr-flow"] li')).toHaveCount(6);
    expect(unfilled(await readerText(page))).toEqual([]);
  });

  for (const widget of embeddableWidgets) {
    test(`${embedPagePath(widget, locale)}: no widget's words in its scripts, no placeholder left`, async ({ page }) => {
      const scripts = collectScripts(page);
      await page.goto(embedPagePath(widget, locale));
      await expectHydrated(page);
      expect(unfilled(await readerText(page))).toEqual([]);
      await expectNoWidgetWordsIn(scripts);
    });
  }

  test(`qr-flow embed (${locale}): every state of both scenarios, and a refused amount, read filled`, async ({ page }) => {
    const t = qrFlowStrings[locale];
    await page.goto(embedPagePath('qr-flow', locale));
    await expectHydrated(page);
    const widget = page.locator('.graphic__live [data-widget="qr-flow"]');
    for (const scenario of ['trial', 'interop'] as const) {
      await widget.getByRole('combobox', { name: t.scenarioLegend }).selectOption(scenario);
      for (const step of [1, 2, 3, 4, 5, 6]) {
        await widget.locator('.player__steps button').nth(step - 1).click();
        await expect(widget).toHaveAttribute('data-state', String(step - 1));
        expect(unfilled(await readerText(page))).toEqual([]);
      }
    }
    await widget.getByRole('textbox', { name: t.amountLabel }).fill('5000');
    await expect(widget.locator('.amount-field__problem')).not.toBeEmpty();
    expect(unfilled(await readerText(page))).toEqual([]);
  });
}
