// The market-share widget's words, one object per language; a key missing in one language is a type
// error. Build time only: the island writes the page's language into the page (widgetStrings.ts),
// and the widget's code fills the templates' {placeholders} (viewText.ts, pointText.ts).
// French punctuation carries its no-break spaces here (\u00a0 before « : », \u202f before « ; »).
import type { PluralForms } from '../../lib/fill.ts';
import { confidenceLabels, type ConfidenceLabel } from '../../lib/i18n/confidenceLabels.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { punctuation, type Punctuation } from '../../lib/i18n/punctuation.ts';
import type { Firm, Metric, ShareKey } from './shareData.ts';

export interface MarketShareStrings {
  /** Names drawn on the chart. */
  part: Record<ShareKey, string>;
  /** Names in the details panel. */
  partInFull: Record<ShareKey, string>;
  firm: Record<Firm, string>;
  metric: Record<Metric, string>;
  metricShort: Record<Metric, string>;
  viewNames: readonly [string, string, string, string];
  viewsLabel: string;
  firmSwitchLabel: string;
  /** The chart's accessible name, with the {view} on show. */
  chartLabel: string;
  /**
   * What each view says in one sentence. 0: {quarter}, {pair}, {others}. 1: {alipay}, {tenpay}.
   * 2: {firm}, {alipayFrom} ({alipayFromQuarter}) to {alipayTo} ({alipayToQuarter}), {tenpayFrom}
   * to {tenpayTo}, nothing after {last}. 3: {quarter}, {firm}, {alipay}, {tenpay}, then without
   * transfers {alipayExcluding}, {tenpayExcluding}.
   */
  viewSentences: readonly [string, string, string, string];
  /** A caption's span of quarters: {from}, {to}. */
  quarterRange: string;
  /** A caption's start: the {metric}, then {when}, in the language's order (Chinese says the period first). */
  measuredAt: string;
  /** The caption of the view that compares the two measures, after the metric and the quarter. */
  withAndWithoutTransfers: string;
  /** The end of a caption: {publishers}. */
  sourceLine: string;
  /** Before the sources' links in the details panel, by their count. */
  sourceLabel: PluralForms;
  /** A point's accessible name: {part}, {period}, {value}. */
  pointSummary: string;
  /** How sure the sources are of a point (the site's shared words, confidenceLabels.ts). */
  confidence: Record<ConfidenceLabel, string>;
  redEnvelopes: readonly [string, string];
  lastSplitFound: string;
  detailsHint: string;
  keyboardHint: string;
  derived: Record<ShareKey, string>;
  notFound: string;
  tableToggle: string;
  close: string;
  tableCaption: string;
  tableHeaders: { quarter: string; confidence: string; source: string };
  download: string;
  /** The same link where a phone's sticky graphic has little room (story.css). */
  downloadShort: string;
  /** Caption pieces. */
  scope: string;
  unitNote: string;
  gapNote: string;
  firmsDiffer: string;
  /** The marks the code puts between the pieces it assembles (punctuation.ts). */
  punctuation: Punctuation;
}

const fr: MarketShareStrings = {
  part: { alipay: 'Alipay', tenpay: 'WeChat Pay', others: 'Autres', pair: 'Alipay + WeChat Pay' },
  partInFull: { alipay: 'Alipay', tenpay: 'WeChat Pay', others: 'Autres prestataires', pair: 'Alipay + WeChat Pay' },
  firm: { iresearch: 'iResearch', analysys: 'Analysys' },
  metric: {
    'transaction-value': 'part de la valeur des transactions du paiement mobile tiers en Chine',
    'transaction-value-excluding-transfers': 'part de la valeur des transactions du paiement mobile tiers en Chine, hors virements et enveloppes rouges',
  },
  metricShort: {
    'transaction-value': 'Mesure habituelle',
    'transaction-value-excluding-transfers': 'Hors virements et enveloppes rouges',
  },
  viewNames: ['Plus de 90\u00a0%', 'Le partage', 'L’histoire', 'Ce que la mesure cache'],
  viewsLabel: 'Vues du graphique',
  firmSwitchLabel: 'Institut d’études',
  chartLabel: 'Graphique\u00a0: {view}',
  viewSentences: [
    'Au {quarter}, Alipay et WeChat Pay traitaient ensemble {pair} de la valeur des paiements mobiles de tiers en Chine\u202f; tous les autres, {others}.',
    'Séparés, cela fait {alipay} pour Alipay et {tenpay} pour WeChat Pay.',
    'Selon {firm}, la part d’Alipay est passée de {alipayFrom} ({alipayFromQuarter}) à {alipayTo} ({alipayToQuarter}), celle de WeChat Pay de {tenpayFrom} à {tenpayTo}\u202f; nous n’avons trouvé aucune répartition publiée après le {last}.',
    'Au {quarter}, {firm} donnait {alipay} à Alipay et {tenpay} à WeChat Pay\u202f; sans les virements ni les enveloppes rouges, {alipayExcluding} et {tenpayExcluding}.',
  ],
  quarterRange: 'du {from} au {to}',
  measuredAt: '{metric}, {when}',
  withAndWithoutTransfers: 'avec et sans les virements et enveloppes rouges',
  sourceLine: 'Source\u00a0: {publishers}.',
  sourceLabel: { one: 'Source\u00a0:', other: 'Sources\u00a0:' },
  pointSummary: '{part}, {period}\u00a0: {value}',
  confidence: confidenceLabels.fr,
  redEnvelopes: ['Enveloppes rouges', '2014-2015'],
  lastSplitFound: 'Dernière répartition trouvée',
  detailsHint: 'Survolez, touchez ou atteignez au clavier une valeur pour voir sa source.',
  keyboardHint: 'Flèches\u00a0: valeur suivante ou précédente.',
  derived: {
    alipay: 'valeur calculée par nous à partir d’autres chiffres publiés',
    tenpay: 'valeur calculée par nous à partir d’autres chiffres publiés',
    others: 'valeur calculée par nous (100 moins Alipay et WeChat Pay)',
    pair: 'valeur calculée par nous (Alipay plus WeChat Pay)',
  },
  notFound: 'non trouvé',
  tableToggle: 'Tableau des données',
  close: 'Fermer',
  tableCaption: 'Parts de marché par institut, mesure et trimestre',
  tableHeaders: { quarter: 'Trimestre', confidence: 'Fiabilité', source: 'Source' },
  download: 'Télécharger les données (CSV)',
  downloadShort: 'Données (CSV)',
  scope: 'paiements par carte bancaire et UnionPay non compris',
  unitNote: 'Un carré = 1\u00a0%, arrondi.',
  gapNote: 'Les tirets enjambent les trimestres sans chiffre trouvé.',
  firmsDiffer: 'Les deux instituts mesurent différemment\u00a0: comparez les tendances, pas les décimales.',
  punctuation: punctuation.fr,
};

const en: MarketShareStrings = {
  part: { alipay: 'Alipay', tenpay: 'WeChat Pay', others: 'Others', pair: 'Alipay + WeChat Pay' },
  partInFull: { alipay: 'Alipay', tenpay: 'WeChat Pay', others: 'Other providers', pair: 'Alipay + WeChat Pay' },
  firm: { iresearch: 'iResearch', analysys: 'Analysys' },
  metric: {
    'transaction-value': 'share of the value of third-party mobile payments in China',
    'transaction-value-excluding-transfers': 'share of the value of third-party mobile payments in China, excluding transfers and red envelopes',
  },
  metricShort: {
    'transaction-value': 'Headline measure',
    'transaction-value-excluding-transfers': 'Without transfers and red envelopes',
  },
  viewNames: ['Over 90%', 'The split', 'History', 'What the metric hides'],
  viewsLabel: 'Chart views',
  firmSwitchLabel: 'Research firm',
  chartLabel: 'Chart: {view}',
  viewSentences: [
    'In {quarter}, Alipay and WeChat Pay together handled {pair} of the value of third-party mobile payments in China; everyone else, {others}.',
    'Split apart, that is {alipay} for Alipay and {tenpay} for WeChat Pay.',
    'According to {firm}, Alipay’s share went from {alipayFrom} ({alipayFromQuarter}) to {alipayTo} ({alipayToQuarter}) and WeChat Pay’s from {tenpayFrom} to {tenpayTo}; we found no split published after {last}.',
    'In {quarter}, {firm} gave Alipay {alipay} and WeChat Pay {tenpay}; without transfers and red envelopes, {alipayExcluding} and {tenpayExcluding}.',
  ],
  quarterRange: '{from} to {to}',
  measuredAt: '{metric}, {when}',
  withAndWithoutTransfers: 'with and without transfers and red envelopes',
  sourceLine: 'Source: {publishers}.',
  sourceLabel: { one: 'Source:', other: 'Sources:' },
  pointSummary: '{part}, {period}: {value}',
  confidence: confidenceLabels.en,
  redEnvelopes: ['Red envelopes', '2014–15'],
  lastSplitFound: 'Last split found',
  detailsHint: 'Hover, tap or tab to a value to see its source.',
  keyboardHint: 'Arrow keys: next or previous value.',
  derived: {
    alipay: 'computed by us from other published figures',
    tenpay: 'computed by us from other published figures',
    others: 'computed by us (100 minus Alipay and WeChat Pay)',
    pair: 'computed by us (Alipay plus WeChat Pay)',
  },
  notFound: 'not found',
  tableToggle: 'Data table',
  close: 'Close',
  tableCaption: 'Market shares by research firm, metric and quarter',
  tableHeaders: { quarter: 'Quarter', confidence: 'Confidence', source: 'Source' },
  download: 'Download the data (CSV)',
  downloadShort: 'Data (CSV)',
  scope: 'bank-card and UnionPay payments not included',
  unitNote: 'One square = 1%, rounded.',
  gapNote: 'Dashes bridge quarters with no figure found.',
  firmsDiffer: 'The two firms measure differently: compare trends, not decimals.',
  punctuation: punctuation.en,
};

const zh: MarketShareStrings = {
  part: { alipay: '支付宝', tenpay: '微信支付', others: '其他', pair: '支付宝＋微信支付' },
  partInFull: { alipay: '支付宝', tenpay: '微信支付', others: '其他支付机构', pair: '支付宝＋微信支付' },
  firm: { iresearch: '艾瑞咨询', analysys: '易观' },
  metric: {
    'transaction-value': '在中国第三方移动支付交易规模中的份额',
    'transaction-value-excluding-transfers': '在中国第三方移动支付交易规模中的份额，不含转账和红包',
  },
  metricShort: {
    'transaction-value': '常规口径',
    'transaction-value-excluding-transfers': '不含转账和红包',
  },
  viewNames: ['超过90%', '两家之分', '历史', '口径背后'],
  viewsLabel: '图表视图',
  firmSwitchLabel: '研究机构',
  chartLabel: '图表：{view}',
  viewSentences: [
    '{quarter}，在中国第三方移动支付交易规模中，支付宝和微信支付合计占{pair}；其他所有机构占{others}。',
    '分开来看，支付宝占{alipay}，微信支付占{tenpay}。',
    '据{firm}的数据，支付宝的份额从{alipayFrom}（{alipayFromQuarter}）变为{alipayTo}（{alipayToQuarter}），微信支付从{tenpayFrom}变为{tenpayTo}；{last}以后，我们没有找到公开的份额数据。',
    '{quarter}，{firm}给出的份额是支付宝{alipay}、微信支付{tenpay}；剔除转账和红包后，分别为{alipayExcluding}和{tenpayExcluding}。',
  ],
  quarterRange: '{from}至{to}',
  measuredAt: '{when}，{metric}',
  withAndWithoutTransfers: '含与不含转账和红包',
  sourceLine: '来源：{publishers}。',
  sourceLabel: { one: '来源：', other: '来源：' },
  pointSummary: '{part}，{period}：{value}',
  confidence: confidenceLabels.zh,
  redEnvelopes: ['红包', '2014—2015年'],
  lastSplitFound: '找到的最后一次份额数据',
  detailsHint: '悬停、轻触或用键盘选中一个数值，即可查看其来源。',
  keyboardHint: '方向键：下一个或上一个数值。',
  derived: {
    alipay: '由我们根据其他公开数字计算',
    tenpay: '由我们根据其他公开数字计算',
    others: '由我们计算（100减去支付宝和微信支付）',
    pair: '由我们计算（支付宝加微信支付）',
  },
  notFound: '未找到',
  tableToggle: '数据表',
  close: '关闭',
  tableCaption: '按研究机构、口径和季度列出的市场份额',
  tableHeaders: { quarter: '季度', confidence: '可信度', source: '来源' },
  download: '下载数据（CSV）',
  downloadShort: '数据（CSV）',
  scope: '不含银行卡和银联支付',
  unitNote: '一个方块＝1%，四舍五入。',
  gapNote: '虚线跨过没有找到数字的季度。',
  firmsDiffer: '两家机构的统计口径不同：请比较趋势，而不是小数。',
  punctuation: punctuation.zh,
};

/** Every language's words, for build-time code; a page gets its own language's alone. */
export const marketShareStrings: Record<Locale, MarketShareStrings> = { fr, en, zh };
