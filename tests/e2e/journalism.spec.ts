// What a sceptical editor checks before trusting the story: the audit's errors are gone and its
// corrections are there, in both languages and both editions; the article we check is named and
// linked; byline, dates, the corrections box and the JSON-LD agree; French pages speak French.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { punctuation } from '../../src/lib/i18n/punctuation.ts';
import { uiStrings } from '../../src/lib/i18n/uiStrings.ts';
import { locales, storyUrl, type Locale } from '../support/story.ts';

const editions = (locale: Locale) => [storyUrl[locale], `${storyUrl[locale]}static/`];
const ARTICLE_URL = 'https://siecledigital.fr/2022/10/21/alipay-debarque-sur-wechat-tout-un-symbole/';

/** What an audit of the published story found, and what must replace it. */
const audit: Record<Locale, { corrected: (string | RegExp)[]; wrong: RegExp[] }> = {
  en: {
    corrected: [
      'neither company controls the other',
      'a Hong Kong daily owned by Alibaba',
      'declined to comment',
      'in the first quarter of 2018',
      'since September 2019',
      'between 93.5% and 94.4% at iResearch',
      'between 91.8% and 93.2% at Analysys',
      'According to Douyin,',
      'According to the Wall Street Journal',
      'voting rights attached to 53.46%',
      'economic stake was about 10%',
      'in 2022 Ant reshaped it',
      'by 17 September',
      'Youku',
      'Damai',
      'Toutiao',
      /from October 2022, no transfer went directly/,
    ],
    wrong: [
      /neither company owns the other/i,
      /one-way lockout/i,
      /passed at the end of 2018|late 2018/i,
      /between 92% and 94% from 2017 to 2020, according to both/,
      /from 17 September/,
      /a few (secondary )?apps started accepting/,
      /indirectly controlled 53\.46/,
      /did not verify any reshuffle/,
      /up to 2024, no transfer/,
      /summary of Tencent/,
      /RMB \d|\d[ -]yuan\b/,
    ],
  },
  fr: {
    corrected: [
      'aucune des deux sociétés ne contrôle l’autre',
      'qui appartient à Alibaba',
      'premier trimestre 2018',
      'depuis septembre 2019',
      /entre 93,5\s%\set 94,4\s%\schez iResearch/,
      /entre 91,8\s%\set 93,2\s%\schez Analysys/,
      'Selon Douyin,',
      'Selon le Wall Street Journal',
      /droits de vote attachés à 53,46\s%/,
      'avant le 17 septembre',
      'Youku',
      'Damai',
      'Toutiao',
    ],
    wrong: [
      /aucune des deux sociétés ne possède l’autre/,
      /filiale (d’|de )Alibaba|Ant[^.]{0,30}filiale/,
      /sens unique/,
      /depuis fin 2018|fin 2018/,
      /à partir du 17 septembre/,
      /contrôlait indirectement 53,46/,
      /quelques applications secondaires/,
      /jusqu’en 2024, aucun virement/,
      /résumé des résultats/,
      /¥/,
    ],
  },
  zh: {
    corrected: [
      '两家公司互不控制',
      '阿里巴巴旗下的香港报纸《南华早报》',
      '不予置评',
      '在2018年第一季度就已越过',
      '自2019年9月起',
      '艾瑞咨询2017年至2020年年中的数据在93.5%到94.4%之间',
      '易观2017年至2019年的数据在91.8%到93.2%之间',
      '据抖音（TikTok的中国版）称',
      '据《华尔街日报》',
      '53.46%股份对应的表决权',
      '经济权益约为10%',
      '2022年，蚂蚁集团改组了董事会',
      '在9月17日前解除屏蔽',
      '优酷',
      '大麦',
      '今日头条',
      /在我们找到的最新报道中（2022年10月），没有一笔转账/,
    ],
    wrong: [/互不持股/, /子公司/, /单向/, /2018年底突破/, /自9月17日起/, /间接控制[^。]{0,10}53\.46/, /次要应用/, /直到2024年，没有/, /¥/, /\d 元/],
  },
};

/** The words of the story a reader can see, scripts and data elements left out. */
const mainText = (page: Page) =>
  page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // The corrections box quotes what we got wrong, on purpose.
      if (!node.parentElement?.closest('script, style, template, #changes')) parts.push(node.textContent ?? '');
    }
    return parts.join(' ').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
  });

for (const locale of locales) {
  test.describe(`journalism in ${locale}`, () => {
    for (const url of editions(locale)) {
      test(`the audit's corrections replace its errors (${url})`, async ({ page }) => {
        await page.goto(url);
        const text = await mainText(page);
        const has = (fact: string | RegExp) => (typeof fact === 'string' ? text.includes(fact) : fact.test(text));
        expect(audit[locale].corrected.filter((fact) => !has(fact)), 'corrections missing').toEqual([]);
        expect(audit[locale].wrong.filter(has), 'errors still there').toEqual([]);
      });
    }

    test('names and links the article it checks at its first mention, and lists it', async ({ page }) => {
      await page.goto(storyUrl[locale]);
      const firstSection = page.locator('section#trial');
      const link = firstSection.locator(`a[href="${ARTICLE_URL}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toContainText('Alipay débarque sur WeChat, tout un symbole');
      // The link comes before any other mention of the article in the section's text.
      const firstMention = await firstSection.evaluate((section, href) => {
        const text = section.textContent ?? '';
        const anchor = section.querySelector(`a[href="${href}"]`)!;
        const before = document.createRange();
        before.setStart(section, 0);
        before.setEndBefore(anchor);
        return { linkAt: before.toString().length, siecleAt: text.indexOf('Siècle Digital') };
      }, ARTICLE_URL);
      expect(firstMention.linkAt).toBeLessThan(firstMention.siecleAt);
      await expect(page.locator(`#source-siecledigital-2022-alipay-wechat a[href="${ARTICLE_URL}"]`)).toHaveCount(1);
    });

    test('byline, dates, corrections box, JSON-LD and sitemap agree', async ({ page, request }) => {
      await page.goto(storyUrl[locale]);
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      const published = await page.locator('.byline time[data-date="published"]').getAttribute('datetime');
      const modified = await page.locator('.byline time[data-date="modified"]').getAttribute('datetime');
      expect(published).toBe(jsonLd.datePublished);
      expect(modified).toBe(jsonLd.dateModified);
      expect(modified! > published!).toBe(true);
      await expect(page.locator('.byline')).toContainText(jsonLd.author.name);
      await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', modified!);
      // The box lists the changes newest first: its first date is the page's last update.
      const box = page.locator('#changes');
      await expect(box.locator('h3')).toHaveText(uiStrings[locale].changesHeading);
      const dates = await box.locator('.changes__list > li > time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
      expect(await box.locator('.changes__list li li').count()).toBeGreaterThanOrEqual(10);
      expect(dates[0]).toBe(modified);
      expect([...dates].sort().reverse()).toEqual(dates);
      for (const date of dates) expect(date! >= published!).toBe(true);
      // Each change points at a section of the story that exists.
      for (const href of await box.locator('a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
        await expect(page.locator(`section${href}`)).toHaveCount(1);
      }
      const sitemap = await (await request.get('sitemap.xml')).text();
      expect(sitemap).toContain(`<lastmod>${modified}</lastmod>`);
      // The static edition carries the same byline.
      await page.goto(`${storyUrl[locale]}static/`);
      await expect(page.locator('.byline time[data-date="modified"]')).toHaveAttribute('datetime', modified!);
    });

    test('the corrections list sends each point to a section, named by its title', async ({ page }) => {
      await page.goto(storyUrl[locale]);
      const links = page.locator('section#sources ol:not(.source-list):not(.changes__list) a[href^="#"]');
      expect(await links.count()).toBeGreaterThanOrEqual(9);
      for (const link of await links.all()) {
        const target = (await link.getAttribute('href'))!;
        await expect(page.locator(`section${target} > h2`)).toHaveText((await link.textContent())!);
      }
    });

    test('labels state media and names the original of every copy in the source list', async ({ page }) => {
      await page.goto(storyUrl[locale]);
      const records = JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as { id: string; publisher: string; stateMedia?: true; via?: { name: string } }[];
      // A state outlet as the publisher (not another outlet quoting one, as "NFCW (quoting Xinhua)").
      const stateRun = /^(Xinhua|Global Times|CGTN|China Daily|People[’']s Daily|Sixth Tone|Shanghai Daily|The Paper)\b/;
      const { sourceStateMedia: label, sourceCopyReadAt: copy } = uiStrings[locale];
      const { brackets: [open, close], sentenceGap: gap } = punctuation[locale];
      for (const record of records) {
        const entry = page.locator(`#source-${record.id}`);
        if (stateRun.test(record.publisher)) expect(record.stateMedia, record.id).toBe(true);
        if (record.stateMedia) await expect(entry, record.id).toContainText(`${open.trim()}${label}${close}`);
        if (record.via) await expect(entry, record.id).toContainText(`${copy}${gap}${record.via.name}`);
        await expect(entry.locator('.source-list__publisher'), record.id).toHaveText(record.publisher);
      }
    });

    test('says how sure it is in the words of the data it cites', async ({ page }) => {
      await page.goto(`${storyUrl[locale]}static/`);
      // Confidence in the story's prose comes from the data (Confidence.svelte), never typed by hand.
      const handWritten = await page.evaluate(() => {
        const pattern = /low-quality source|low confidence|source, de faible qualité|fiabilité (faible|moyenne|élevée)/i;
        return [...document.querySelectorAll('.scrolly-step, .scrolly__steps > p, .story__prose > p')]
          .filter((block) => !block.closest('#sources'))
          .flatMap((block) => {
            const clone = block.cloneNode(true) as HTMLElement;
            clone.querySelectorAll('.confidence').forEach((label) => label.remove());
            return pattern.test(clone.textContent ?? '') ? [clone.textContent ?? ''] : [];
          });
      });
      expect(handWritten).toEqual([]);
      const timeline = JSON.parse(readFileSync('content/data/timeline.json', 'utf8')) as { id: string; confidence: string }[];
      const labels = page.locator('main .confidence');
      expect(await labels.count()).toBeGreaterThan(0);
      for (const svx of ['04-walls.svx', '07-what-next.svx']) {
        for (const [, event] of readFileSync(`content/${locale}/${svx}`, 'utf8').matchAll(/<Confidence event="([^"]+)"/g)) {
          const level = timeline.find((entry) => entry.id === event)!.confidence;
          expect(await page.locator(`main .confidence[data-confidence="${level}"]`).count(), event).toBeGreaterThan(0);
        }
      }
    });
  });
}

test.describe('French pages are French throughout', () => {
  // English function words, as whole words: none of them is French. Publishers' names and texts
  // marked lang="en" (titles of English sources) are left out; they are proper names and quotations.
  const english = /\b(the|and|of|with|from|which|this|that|were|was|has|have|is|are|for|to|by|between|after|before|share|shares|users|billion)\b/i;
  // Proper names keep their own spelling: every publisher's, and banks named in the French text.
  const publishers = (JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as { publisher: string }[]).map((source) => source.publisher);
  const names: string[] = [...new Set(publishers), 'Bank of China', 'Bank of Communications']
    .sort((a, b) => b.length - a.length);
  const frenchPages = ['./', 'static/', 'embed/', ...['market-share', 'qr-flow', 'timeline', 'wechat-users'].flatMap((name) => [`embed/${name}/`, `embed/${name}/static/`])];

  for (const url of frenchPages) {
    test(`no English words on ${url}`, async ({ page }) => {
      await page.goto(url);
      const found = await page.evaluate(([source, properNames]: [string, string[]]) => {
        const pattern = new RegExp(source, 'i');
        const strip = (text: string) => properNames.reduce((rest, name) => rest.replaceAll(name, ''), text);
        const inFrench = (element: Element | null) => element !== null && element.closest('[lang]')?.getAttribute('lang') === 'fr';
        const hits: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          // Embed codes are code, for an editor to paste.
          if (parent === null || parent.closest('script, style, noscript, pre, code, textarea') || !inFrench(parent)) continue;
          const text = strip(node.textContent ?? '');
          if (pattern.test(text)) hits.push(text.trim());
        }
        for (const element of document.querySelectorAll('[aria-label], [title], img[alt]')) {
          if (!inFrench(element)) continue;
          for (const name of ['aria-label', 'title', 'alt']) {
            const value = strip(element.getAttribute(name) ?? '');
            if (pattern.test(value)) hits.push(`${name}: ${value}`);
          }
        }
        return hits;
      }, [english.source, names] as [string, string[]]);
      expect(found).toEqual([]);
    });
  }
});
