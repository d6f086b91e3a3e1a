// The editor's rules for a source record, without the build: each rule in isolation, then the
// schema that turns them into errors on the right field.
import { describe, expect, it } from 'vitest';
import { copyProblem, documentUrlProblem, publisherProblem } from '../../src/data/sourceRules.ts';
import { sourceSchema } from '../../src/data/schemas.ts';

describe('a source address', () => {
  it('is accepted when it is the document itself', () => {
    for (const url of [
      'http://technode.com/2017/04/07/alipay-leads-chinas-third-party-mobile-payment-market-in-q4-2016/',
      'https://pymnts.com/?p=115197',
      'http://www.ww01.net/en/archives/124138',
      'https://en.wikipedia.org/wiki/Miao_Wei',
      'https://www.ceweekly.cn/company/2024/0522/444748.html',
    ]) {
      expect(documentUrlProblem(url), url).toBeNull();
    }
  });

  it('is refused when it is a home page', () => {
    expect(documentUrlProblem('https://letstalkpayments.com/')).toMatch(/home page/);
    expect(documentUrlProblem('https://ticker.tv')).toMatch(/home page/);
  });

  it('is refused when it is a date archive', () => {
    expect(documentUrlProblem('https://technode.com/2017/04/07/')).toMatch(/date archive/);
    expect(documentUrlProblem('https://example.com/2021/09')).toMatch(/date archive/);
  });

  it('is refused when it lists documents: a tag, category or search page', () => {
    expect(documentUrlProblem('https://www.nfcw.com/tag/tencent/page/2/')).toMatch(/tag, category or search/);
    expect(documentUrlProblem('https://thebeijinger.com/category/news/')).toMatch(/tag, category or search/);
    expect(documentUrlProblem('https://example.com/?s=alipay')).toMatch(/search page/);
    expect(documentUrlProblem('https://wap.bdmobi.com/view_html.php?lang=en&q=Miao_Wei')).toMatch(/search page/);
  });

  it('is refused on a spam host or an AI-summary site, on any of their pages', () => {
    expect(documentUrlProblem('http://texdyed.com/tag/%e4%b8%8a%e6%b5%b7')).toMatch(/texdyed\.com is a spam page/);
    expect(documentUrlProblem('https://reportify.ai/financials/914304076135665664')).toMatch(/AI-summary site/);
    expect(documentUrlProblem('https://news.reportify.cn/news/1186424803138080768')).toMatch(/AI-summary site/);
  });
});

describe('a source publisher', () => {
  it('may not be an AI-summary site', () => {
    expect(publisherProblem('Reportify (Tencent results)')).toMatch(/AI-summary site/);
    expect(publisherProblem('Tencent (annual results announcement, HKEX)')).toBeNull();
  });

  it('names the original, not the copy we read', () => {
    expect(copyProblem('Financial Times (Louise Lucas)', { name: 'BusinessLIVE' })).toBeNull();
    expect(copyProblem('BusinessLIVE', { name: 'BusinessLIVE' })).toMatch(/names the copy/);
    expect(copyProblem('Teller Report', { name: 'a mirror', url: 'https://www.tellerreport.com/business/x.html' })).toMatch(/names the copy/);
    expect(copyProblem('Pandaily mirror', { name: 'amazonaws.com' })).toMatch(/describes a copy/);
  });
});

describe('the source schema', () => {
  const record = {
    id: 'ft-2017-tencent-alibaba',
    publisher: 'Financial Times (Louise Lucas)',
    title: 'Tencent nips at Alibaba’s heels',
    date: '2017-05-02',
    url: 'https://www.businesslive.co.za/ft/companies/telecoms-and-technology/2017-05-02-tencent-nips/',
    via: { name: 'BusinessLIVE' },
    supports: { fr: 'Parts de marché', en: 'Market shares', zh: '市场份额' },
  };
  const firstIssue = (input: unknown) => {
    const result = sourceSchema.safeParse(input);
    return result.success ? null : { path: result.error.issues[0]!.path.join('.'), message: result.error.issues[0]!.message };
  };

  it('accepts a copy that names its original, and a state-run outlet', () => {
    expect(firstIssue(record)).toBeNull();
    expect(firstIssue({ ...record, id: 'xinhua-x', publisher: 'Xinhua', stateMedia: true, via: undefined })).toBeNull();
  });

  it('puts each broken rule on its field', () => {
    expect(firstIssue({ ...record, url: 'https://technode.com/' })).toMatchObject({ path: 'url', message: expect.stringMatching(/home page/) });
    expect(firstIssue({ ...record, date: undefined })).toMatchObject({ path: 'date', message: expect.stringMatching(/expected a date/) });
    expect(firstIssue({ ...record, via: 'Copy of the FT article' })).toMatchObject({ path: 'via', message: expect.stringMatching(/expected via as/) });
    expect(firstIssue({ ...record, via: {} })).toMatchObject({ path: 'via.name' });
    expect(firstIssue({ ...record, publisher: 'BusinessLIVE' })).toMatchObject({ path: 'publisher', message: expect.stringMatching(/names the copy/) });
    expect(firstIssue({ ...record, via: { name: 'BusinessLIVE', url: record.url } })).toMatchObject({ path: 'via.url', message: expect.stringMatching(/repeats url/) });
    expect(firstIssue({ ...record, stateMedia: false })).toMatchObject({ path: 'stateMedia' });
  });
});
