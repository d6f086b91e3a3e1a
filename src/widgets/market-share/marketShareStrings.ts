// The market-share widget's words, per language. A key missing in one language is a type error.
// French punctuation carries its no-break spaces here (\u00a0 before « : », \u202f before « ; »).
import type { Locale } from '../../lib/i18n/locales.ts';
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
  /** The chart's accessible name, with the view on show. */
  chartLabel: (viewName: string) => string;
  redEnvelopes: readonly [string, string];
  lastSplitFound: string;
  detailsHint: string;
  keyboardHint: string;
  source: string;
  sources: string;
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
  /** The last view's caption: both measures. */
  withAndWithoutTransfers: string;
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
  chartLabel: (viewName) => `Graphique\u00a0: ${viewName}`,
  redEnvelopes: ['Enveloppes rouges', '2014-2015'],
  lastSplitFound: 'Dernière répartition trouvée',
  detailsHint: 'Survolez, touchez ou atteignez au clavier une valeur pour voir sa source.',
  keyboardHint: 'Flèches\u00a0: valeur suivante ou précédente.',
  source: 'Source',
  sources: 'Sources',
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
  withAndWithoutTransfers: 'avec et sans les virements et enveloppes rouges',
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
  chartLabel: (viewName) => `Chart: ${viewName}`,
  redEnvelopes: ['Red envelopes', '2014–15'],
  lastSplitFound: 'Last split found',
  detailsHint: 'Hover, tap or tab to a value to see its source.',
  keyboardHint: 'Arrow keys: next or previous value.',
  source: 'Source',
  sources: 'Sources',
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
  withAndWithoutTransfers: 'with and without transfers and red envelopes',
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
  chartLabel: (viewName) => `图表：${viewName}`,
  redEnvelopes: ['红包', '2014—2015年'],
  lastSplitFound: '找到的最后一次份额数据',
  detailsHint: '悬停、轻触或用键盘选中一个数值，即可查看其来源。',
  keyboardHint: '方向键：下一个或上一个数值。',
  source: '来源',
  sources: '来源',
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
  withAndWithoutTransfers: '含与不含转账和红包',
};

export const marketShareStrings: Record<Locale, MarketShareStrings> = { fr, en, zh };
