// The market-share widget's words, per language. A key missing in one language is a type error.
// French punctuation carries its no-break spaces here (\u00a0 before « : », \u202f before « ; »).
import type { Locale } from '../../lib/i18n/locales.ts';
import type { Firm, Metric, ShareKey } from './shareData.ts';

export interface MarketShareStrings {
  /** Names drawn on the chart. */
  part: Record<ShareKey, string>;
  /** Names in the details panel. */
  partInFull: Record<ShareKey, string>;
  /**
   * Said once, in the caption: the firms report Tenpay, Tencent's payment licence, which covers
   * WeChat Pay and QQ Wallet. Everywhere else the firm has one name, WeChat Pay.
   */
  tenpayNote: string;
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
  /** Caption pieces. */
  scope: string;
  unitNote: string;
  gapNote: string;
  firmsDiffer: string;
  seeTable: string;
}

const fr: MarketShareStrings = {
  part: { alipay: 'Alipay', tenpay: 'WeChat Pay', others: 'Autres', pair: 'Alipay + WeChat Pay' },
  partInFull: { alipay: 'Alipay', tenpay: 'WeChat Pay', others: 'Autres prestataires', pair: 'Alipay + WeChat Pay' },
  tenpayNote: 'Les instituts comptent WeChat Pay sous le nom de Tenpay (财付通), la licence de paiement de Tencent, qui couvre aussi QQ Wallet.',
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
  scope: 'paiements par carte bancaire et UnionPay non compris',
  unitNote: 'Un carré = 1\u00a0%, arrondi.',
  gapNote: 'Les tirets enjambent les trimestres sans chiffre trouvé.',
  firmsDiffer: 'Les deux instituts mesurent différemment\u00a0: comparez les tendances, pas les décimales.',
  seeTable: 'source de chaque valeur au survol et dans le tableau',
};

const en: MarketShareStrings = {
  part: { alipay: 'Alipay', tenpay: 'WeChat Pay', others: 'Others', pair: 'Alipay + WeChat Pay' },
  partInFull: { alipay: 'Alipay', tenpay: 'WeChat Pay', others: 'Other providers', pair: 'Alipay + WeChat Pay' },
  tenpayNote: 'The research firms count WeChat Pay as Tenpay (财付通), Tencent’s payment licence, which also covers QQ Wallet.',
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
  scope: 'bank-card and UnionPay payments not included',
  unitNote: 'One square = 1%, rounded.',
  gapNote: 'Dashes bridge quarters with no figure found.',
  firmsDiffer: 'The two firms measure differently: compare trends, not decimals.',
  seeTable: 'each value’s source on hover and in the table',
};

export const marketShareStrings: Record<Locale, MarketShareStrings> = { fr, en };
