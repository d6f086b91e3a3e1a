// The market-share chart, as the rest of the site sees it (widgetContract.ts).
import { dataFiles } from '../../data/readStoryData.ts';
import { distinct, joinList, publications } from '../../data/sourceCredits.ts';
import { punctuation } from '../../lib/i18n/punctuation.ts';
import { defineWidget } from '../widgetContract.ts';
import { marketShareImages } from './image.ts';
import { marketShareStrings } from './marketShareStrings.ts';
import { OPENING_VIEW, VIEW_COUNT } from './shareData.ts';
import { tenpayNote } from './tenpayNote.ts';

export const widget = defineWidget({
  name: 'market-share',
  title: { fr: 'Alipay et WeChat Pay : plus de 90 % du paiement mobile chinois', en: 'Alipay and WeChat Pay: over 90% of Chinese mobile payments', zh: '支付宝和微信支付：占中国移动支付90%以上' },
  component: 'src/widgets/market-share/MarketShare.svelte',
  stateCount: VIEW_COUNT,
  openingState: OPENING_VIEW,
  // Content height at 640 px: 1042 in French, 1021 in English.
  frameHeight: 1100,
  sourceLine: (locale, data) => {
    // The research firms by the names the chart gives them (易观 and 艾瑞咨询 in Chinese).
    const firms = joinList(distinct(data.marketShare.map((row) => marketShareStrings[locale].firm[row.series])).sort(), locale);
    const count = publications(distinct(data.marketShare.flatMap((row) => row.sources)).length, locale);
    const line = { fr: `parts de marché estimées par ${firms}, d’après ${count}`, en: `market shares estimated by ${firms}, from ${count}`, zh: `${firms}估算的市场份额，据${count}` }[locale];
    // The one place an embed says that the firms' WeChat Pay is Tenpay.
    const { fullStop, sentenceGap } = punctuation[locale];
    return `${line}${fullStop}${sentenceGap}${tenpayNote[locale]}`;
  },
  dataCsv: ({ contentFile }) => contentFile(dataFiles.marketShare),
  image: marketShareImages,
});
