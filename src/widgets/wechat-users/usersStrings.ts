// The WeChat-users widget's words, one object per language; a key missing in one language is a type
// error. Build time only: the island writes the page's language into the page (widgetStrings.ts),
// and the widget's code fills the templates' {placeholders} (usersStates.ts, UsersChart.svelte).
import { frenchSpaced } from '../../lib/i18n/frenchSpaced.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { punctuation, type Punctuation } from '../../lib/i18n/punctuation.ts';

export interface UsersStrings {
  previous: string;
  next: string;
  /** {state} of {count}. */
  position: string;
  controlsLabel: string;
  /** The article's figure, drawn as a line on the chart. */
  articleClaim: string;
  /** Under it: when WeChat's count first reached it; {quarter} is "1er trimestre 2018", from formatQuarter. */
  claimPassed: string;
  /** A count the source gives as a floor: "plus de {count}". */
  moreThan: string;
  /** The state's sentence, before its full stop: {when}, {users}. */
  describe: string;
  /** Added to it when the article's line is drawn: with the {quarter} WeChat passed it, or without when it never did. */
  describeClaim: { passed: string; notPassed: string };
  /** A sentence after it when the figure is less certain. */
  caveat: { secondary: string; derived: string };
  /** The key under the drawing, one line per kind of point it shows. */
  key: { secondary: string; derived: string };
  table: {
    caption: string;
    toggle: string;
    date: string;
    users: string;
    note: string;
    notes: { lower: string; secondary: string; derived: string };
    /** Between two notes of one row. */
    notesSeparator: string;
  };
  /** The marks between the sentences the code assembles (punctuation.ts). */
  punctuation: Punctuation;
}

const fr = frenchSpaced<UsersStrings>({
  previous: 'Précédent',
  next: 'Suivant',
  position: 'État {state} sur {count}',
  controlsLabel: 'Parcourir le graphique',
  articleClaim: 'L’article\u00a0: «\u202f1 milliard\u202f»',
  claimPassed: 'franchi au {quarter}',
  moreThan: 'plus de {count}',
  describe: 'Au {when}, WeChat comptait {users} d’utilisateurs actifs par mois',
  describeClaim: {
    passed: ', bien plus que le milliard avancé par l’article, un cap franchi dès le {quarter}',
    notPassed: ', bien plus que le milliard avancé par l’article',
  },
  caveat: {
    secondary: 'Chiffre moins sûr (confiance moyenne ou faible).',
    derived: 'Chiffre calculé par nous.',
  },
  key: {
    secondary: 'chiffre moins sûr (confiance moyenne ou faible)',
    derived: 'chiffre calculé par nous',
  },
  table: {
    caption: 'Utilisateurs actifs mensuels de Weixin et WeChat',
    toggle: 'Les chiffres du graphique',
    date: 'Date',
    users: 'Utilisateurs actifs mensuels',
    note: 'Remarque',
    notes: {
      lower: 'la source ne donne qu’un minimum',
      secondary: 'chiffre moins sûr',
      derived: 'calculé par nous',
    },
    notesSeparator: '\u202f; ',
  },
  punctuation: punctuation.fr,
});

const en: UsersStrings = {
  previous: 'Previous',
  next: 'Next',
  position: 'State {state} of {count}',
  controlsLabel: 'Step through the graphic',
  articleClaim: 'The article: “1 billion”',
  claimPassed: 'passed in {quarter}',
  moreThan: 'more than {count}',
  describe: 'On {when}, WeChat had {users} monthly active users',
  describeClaim: {
    passed: ', well above the one billion the article gave, a mark passed in {quarter}',
    notPassed: ', well above the one billion the article gave',
  },
  caveat: {
    secondary: 'A less certain figure (medium or low confidence).',
    derived: 'A figure we computed.',
  },
  key: {
    secondary: 'less certain figure (medium or low confidence)',
    derived: 'a figure we computed',
  },
  table: {
    caption: 'Monthly active users of Weixin and WeChat',
    toggle: 'The chart’s figures',
    date: 'Date',
    users: 'Monthly active users',
    note: 'Note',
    notes: {
      lower: 'the source gives only a floor',
      secondary: 'less certain figure',
      derived: 'computed by us',
    },
    notesSeparator: '; ',
  },
  punctuation: punctuation.en,
};

const zh: UsersStrings = {
  previous: '上一个',
  next: '下一个',
  position: '第{state}个状态，共{count}个',
  controlsLabel: '逐步浏览图表',
  articleClaim: '法国文章：“10亿”',
  claimPassed: '{quarter}突破',
  moreThan: '超过{count}',
  describe: '截至{when}，微信月活跃账户数为{users}',
  describeClaim: {
    passed: '，远超法国文章所说的10亿，这一关口早在{quarter}就已突破',
    notPassed: '，远超法国文章所说的10亿',
  },
  caveat: {
    secondary: '这一数字不太确定（可信度中等或低）。',
    derived: '这一数字由我们计算。',
  },
  key: {
    secondary: '不太确定的数字（可信度中等或低）',
    derived: '由我们计算的数字',
  },
  table: {
    caption: '微信及WeChat合并月活跃账户数',
    toggle: '图表中的数字',
    date: '日期',
    users: '月活跃账户数',
    note: '备注',
    notes: {
      lower: '来源只给出下限',
      secondary: '不太确定的数字',
      derived: '由我们计算',
    },
    notesSeparator: '；',
  },
  punctuation: punctuation.zh,
};

/** Every language's words, for build-time code; a page gets its own language's alone. */
export const usersStrings: Record<Locale, UsersStrings> = { fr, en, zh };
