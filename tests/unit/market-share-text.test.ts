import { describe, expect, it } from 'vitest';
import { readStoryData } from '../../src/data/readStoryData.ts';
import { pointText as pointTextIn, type SourceLinks } from '../../src/widgets/market-share/pointText.ts';
import { rowNotes, withWordedNotes } from '../../src/widgets/market-share/rowNotes.ts';
import { marketShareStrings } from '../../src/widgets/market-share/marketShareStrings.ts';
import { viewData, type Firm, type SharePoint, type ViewData, type ViewIndex } from '../../src/widgets/market-share/shareData.ts';
import { captionOf as captionIn, describeView as describeIn, formatShare, type SourceRef } from '../../src/widgets/market-share/viewText.ts';
import { tenpayNote } from '../../src/widgets/market-share/tenpayNote.ts';
import { widgetNamed } from '../../src/widgets/registry.ts';
import { fill } from '../../src/lib/fill.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';

// The words of one language, as a page carries them, filled as the widget fills them.
const describeView = (view: ViewIndex, d: ViewData, firm: Firm, locale: Locale) => describeIn(marketShareStrings[locale], view, d, firm, locale);
const captionOf = (view: ViewIndex, d: ViewData, firm: Firm, locale: Locale, refs: readonly SourceRef[]) =>
  captionIn(marketShareStrings[locale], view, d, firm, locale, refs);
const pointText = (point: SharePoint, locale: Locale, refs: readonly SourceRef[], links: SourceLinks) => pointTextIn(marketShareStrings[locale], point, locale, refs, links);

const { marketShare, sources } = readStoryData('content/data');
const data = viewData(marketShare);
const refs = sources.map(({ id, publisher, url }) => ({ id, publisher, url }));
const views: ViewIndex[] = [0, 1, 2, 3];
const NBSP = /[\u00a0\u202f]/;

describe('words of each view', () => {
  it("names the chart with the view on show, with French punctuation in French", () => {
    expect(fill(marketShareStrings.fr.chartLabel, { view: 'Le partage' })).toBe('Graphique\u00a0: Le partage');
    expect(fill(marketShareStrings.en.chartLabel, { view: 'The split' })).toBe('Chart: The split');
  });
  it('keeps the published decimals and the locale format', () => {
    expect(formatShare(63.41, 'en')).toBe('63.41%');
    expect(formatShare(63.41, 'fr')).toMatch(/^63,41[\u00a0\u202f]%$/);
    expect(formatShare(55, 'en')).toBe('55%');
  });
  it('describes each view with its numbers from the data', () => {
    expect(describeView(0, data, 'iresearch', 'en')).toBe(
      'In Q2 2020, Alipay and WeChat Pay together handled 94.4% of the value of third-party mobile payments in China; everyone else, 5.6%.',
    );
    expect(describeView(1, data, 'iresearch', 'en')).toContain('55.6% for Alipay and 38.8% for WeChat Pay');
    expect(describeView(2, data, 'iresearch', 'en')).toContain('from 76.2% (Q1 2014) to 55.6% (Q2 2020)');
    expect(describeView(2, data, 'analysys', 'en')).toContain('According to Analysys');
    expect(describeView(3, data, 'iresearch', 'fr')).toMatch(/^Au 4e trimestre 2016, iResearch donnait 55\s%/u);
  });
  it('captions every view with metric, period and source, in both languages', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const view of views) {
        const caption = captionOf(view, data, 'iresearch', locale, refs);
        expect(caption).toMatch(locale === 'fr' ? /paiement mobile tiers/ : /third-party mobile payments/);
        expect(caption).toMatch(/iResearch/);
        expect(caption).toMatch(locale === 'fr' ? /trimestre 20\d\d/ : /Q\d 20\d\d/);
      }
    }
    expect(captionOf(2, data, 'analysys', 'en', refs)).toContain('Q3 2015 to Q3 2019');
  });
  it('names a firm in a Chinese caption as the firm switch does, in every view', () => {
    for (const view of views) {
      const caption = captionOf(view, data, 'iresearch', 'zh', refs);
      expect(caption, `view ${view}`).toMatch(/来源：艾瑞咨询/);
      expect(caption, `view ${view}`).not.toMatch(/来源：iResearch/);
    }
  });
  it('uses no plain space before French high punctuation', () => {
    for (const view of views) {
      const text = describeView(view, data, 'iresearch', 'fr') + captionOf(view, data, 'iresearch', 'fr', refs);
      expect(text).not.toMatch(/ [;:%]/);
      expect(NBSP.test(text)).toBe(true);
    }
  });
});

describe('what a point tells on hover, tap or focus', () => {
  it('names value, period, metric and publisher, linking to the source list in the story', () => {
    const text = pointText(data.split.alipay, 'en', refs, 'story');
    expect(text.summary).toBe('Alipay, Q2 2020: 55.6%');
    expect(text.metric).toBe('share of the value of third-party mobile payments in China');
    expect(text.sources).toEqual([{ id: 'iresearch-2020-q2', publisher: 'iResearch', href: '#source-iresearch-2020-q2' }]);
    expect(text.qualifiers).toEqual(['medium confidence']);
  });
  it('links out from an embed, which has no source list', () => {
    const text = pointText(data.split.alipay, 'fr', refs, 'embed');
    expect(text.sources[0]!.href).toBe(refs.find((s) => s.id === 'iresearch-2020-q2')!.url);
  });
  it('says in words when we computed a value and when confidence is low', () => {
    expect(pointText(data.split.pair, 'en', refs, 'story').qualifiers[0]).toBe('computed by us (Alipay plus WeChat Pay)');
    expect(pointText(data.split.tenpay, 'en', refs, 'story').summary).toBe('WeChat Pay, Q2 2020: 38.8%');
    expect(pointText(data.split.others, 'fr', refs, 'story').qualifiers[0]).toMatch(/calculée par nous/);
    const doubtful = data.histories.analysys.alipay.find((p) => p.row.period === '2019-Q3')!;
    const text = pointText(doubtful, 'en', refs, 'story');
    expect(text.doubtful).toBe(true);
    expect(text.qualifiers).toContain('low confidence');
    const derivedTenpay = data.histories.analysys.tenpay.find((p) => p.row.period === '2018-Q2')!;
    expect(pointText(derivedTenpay, 'en', refs, 'story').qualifiers).toEqual(['computed by us from other published figures', 'low-medium confidence']);
  });
});

describe('the data file’s notes, in the reader’s language', () => {
  it('words every note of the file in both languages, French with its no-break spaces', () => {
    const noted = marketShare.filter((row) => row.note !== '');
    expect(noted.length).toBeGreaterThan(0);
    for (const row of noted) {
      for (const locale of ['fr', 'en'] as const) {
        const notes = rowNotes(row.note, locale);
        expect(notes.length, `${row.series} ${row.period}`).toBeGreaterThan(0);
        for (const note of notes) expect(note).not.toMatch(/ [;:%]/);
      }
    }
  });
  it('formats a provider’s share for the locale', () => {
    expect(rowNotes('Lakala=5.37', 'en')).toEqual(['Lakala: 5.37%']);
    expect(rowNotes('Lakala=5.37', 'fr')[0]).toMatch(/^Lakala\u00a0: 5,37[\u00a0\u202f]%$/);
  });
  it('ships each page its notes worded in its language, one per line, which a point shows', () => {
    const worded = withWordedNotes(marketShare, 'fr');
    const lakala = worded.find((row) => row.series === 'analysys' && row.period === '2016-Q1')!;
    expect(lakala.note).toMatch(/^Lakala\u00a0: 5,37[\u00a0\u202f]%$/);
    const point = viewData(worded).histories.analysys.alipay.find((p) => p.row.period === '2016-Q1')!;
    expect(pointText(point, 'fr', refs, 'story').notes).toEqual([lakala.note]);
  });
  it('fails loudly on a note it cannot word', () => {
    expect(() => rowNotes('Some free text', 'fr')).toThrow(/unknown note "Some"/);
  });
  it('says once, under the graphic and not in its captions, that the firms count WeChat Pay as Tenpay', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const view of views) expect(captionOf(view, data, 'iresearch', locale, refs)).not.toContain('Tenpay');
      expect(widgetNamed('market-share').sourceLine(locale, readStoryData('content/data'))).toContain(tenpayNote[locale]);
    }
    expect(pointText(data.split.tenpay, 'fr', refs, 'story').part).toBe('WeChat Pay');
  });
});
