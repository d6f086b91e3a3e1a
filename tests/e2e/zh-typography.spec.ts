// The Chinese edition as a Chinese reader reads it: Chinese punctuation wherever the text is
// Chinese, no space between a character and a number, no French or English word of the interface
// left over, and the system's Chinese faces, with no font fetched.
import { expect, test, type Page } from '@playwright/test';
import { embedStrings } from '../../src/embed/embedStrings.ts';
import { uiStrings } from '../../src/lib/i18n/uiStrings.ts';
import { marketShareStrings } from '../../src/widgets/market-share/marketShareStrings.ts';
import { qrFlowStrings } from '../../src/widgets/qr-flow/qrFlowStrings.ts';
import { timelineStrings } from '../../src/widgets/timeline/timelineStrings.ts';
import { usersStrings } from '../../src/widgets/wechat-users/usersStrings.ts';
import { hydrateEveryGraphic } from '../support/hydrate.ts';
import { sources, storyUrl } from '../support/story.ts';

const editions = [
  { name: 'story', url: storyUrl.zh, javaScriptEnabled: true },
  { name: 'static edition', url: `${storyUrl.zh}static/`, javaScriptEnabled: false },
];

/** Every plain string of a strings table (functions left out). */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(leaves);
}

// The interface's French and English words. A source's publisher keeps the name it publishes
// under (iResearch cites itself as iResearch), so publishers' names are left out.
const publishers = new Set(sources().map((source) => source.publisher));
const foreignInterface = new Set(
  (['fr', 'en'] as const)
    .flatMap((locale) => [uiStrings, embedStrings, marketShareStrings, qrFlowStrings, timelineStrings, usersStrings].flatMap((table) => leaves(table[locale])))
    .map((text) => text.trim())
    .filter((text) => /\p{L}{4}/u.test(text) && !publishers.has(text)),
);

/**
 * The page's own text nodes: what a Chinese reader reads as Chinese. Left out: text in another
 * language (lang="fr" titles, English publishers), source names and titles as their publishers
 * spell them, citation marks, and chart drawings, whose labels are set apart by position.
 */
function readerTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skipped = 'script, style, svg, sup.cite, .source-list__publisher, .source-list a, .source-list__via, .tl-sources a, [data-detail="source"]';
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest(skipped) !== null) continue;
      if (!(parent.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh')) continue;
      const text = node.textContent?.trim() ?? '';
      if (text !== '') texts.push(text);
    }
    return texts;
  });
}

const HAN = '\\p{Script=Han}';
/** A Latin mark touching a Chinese character, where the full-width one belongs (，。：；！？（）). */
const latinMarkByHan = new RegExp(`${HAN}[,.:;!?()]|[,:;!?(]${HAN}`, 'u');
/** A space between a Chinese character and a digit, which Chinese typesetting does not put. */
const spaceByHan = new RegExp(`${HAN} \\d|\\d[%元亿万]? ${HAN}`, 'u');

for (const edition of editions) {
  test(`the Chinese ${edition.name} punctuates in Chinese and leaves no French or English word of the interface`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: edition.javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(edition.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    if (edition.javaScriptEnabled) await hydrateEveryGraphic(page);
    const texts = await readerTexts(page);
    const chinese = texts.filter((text) => new RegExp(HAN, 'u').test(text));
    // The whole story is there, in Chinese: eight sections, their steps, the source notes.
    expect(chinese.length).toBeGreaterThan(300);
    expect(chinese.filter((text) => latinMarkByHan.test(text)), 'Latin punctuation next to Chinese').toEqual([]);
    expect(chinese.filter((text) => spaceByHan.test(text)), 'a space between Chinese and a number').toEqual([]);
    expect(texts.filter((text) => foreignInterface.has(text)), 'French or English interface words').toEqual([]);
    await context.close();
  });
}

test('the Chinese story fetches no font and nothing from another host, and reads in a Chinese face without italics', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(storyUrl.zh);
  await hydrateEveryGraphic(page);
  expect(requests.filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url))).toEqual([]);
  expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
  const body = await page.locator('.story__dek').evaluate((element) => getComputedStyle(element));
  expect(body.fontFamily).toContain('Noto Sans CJK SC');
  expect(body.fontFamily).not.toContain('Source Serif 4');
  // Chinese has no italic: an emphasis is dotted under the characters instead.
  const emphasis = await page.evaluate(() => {
    const em = document.createElement('em');
    em.textContent = '相互';
    document.querySelector('#walls p')!.append(em);
    const style = getComputedStyle(em);
    return { fontStyle: style.fontStyle, mark: style.textEmphasisStyle };
  });
  expect(emphasis).toEqual({ fontStyle: 'normal', mark: 'dot' });
});
