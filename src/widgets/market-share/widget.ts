// The market-share chart, as the rest of the site sees it (widgetContract.ts).
import { distinct, joinList, publications } from '../../data/sourceCredits.ts';
import type { StoryData } from '../../data/readStoryData.ts';
import { defineWidget } from '../widgetContract.ts';
import { OPENING_VIEW, VIEW_COUNT } from './shareData.ts';
import { tenpayNote } from './tenpayNote.ts';

/** The research firms behind the series, by series id in market-share.csv. */
const researchFirms: Record<StoryData['marketShare'][number]['series'], string> = { analysys: 'Analysys', iresearch: 'iResearch' };

export const widget = defineWidget({
  name: 'market-share',
  title: { fr: 'Alipay et WeChat Pay : plus de 90 % du paiement mobile chinois', en: 'Alipay and WeChat Pay: over 90% of Chinese mobile payments' },
  component: 'src/widgets/market-share/MarketShare.svelte',
  stateCount: VIEW_COUNT,
  openingState: OPENING_VIEW,
  // Content height at 640 px: 1042 in French, 1021 in English.
  frameHeight: 1100,
  sourceLine: (locale, data) => {
    const firms = joinList(distinct(data.marketShare.map((row) => researchFirms[row.series])).sort(), locale);
    const count = publications(distinct(data.marketShare.flatMap((row) => row.sources)).length, locale);
    const line = { fr: `parts de marché estimées par ${firms}, d’après ${count}`, en: `market shares estimated by ${firms}, from ${count}` }[locale];
    // The one place an embed says that the firms' WeChat Pay is Tenpay.
    return `${line}. ${tenpayNote[locale]}`;
  },
});
