import type { Locale } from '../../lib/i18n/locales.ts';

interface UsersStrings {
  previous: string;
  next: string;
  position: (state: number, count: number) => string;
  controlsLabel: string;
  /** The article's figure, drawn as a line on the chart. */
  articleClaim: string;
  /** Under it: when WeChat's count first reached it ("1er trimestre 2018", from formatQuarter). */
  claimPassed: (quarter: string) => string;
  /** A count the source gives as a floor: "plus de 500 millions". */
  moreThan: (count: string) => string;
  /** The state's sentence, before its full stop. */
  describe: (when: string, users: string) => string;
  /** Added to it when the article's line is drawn. */
  describeClaim: (passedIn: string | null) => string;
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
  };
}

export const usersStrings: Record<Locale, UsersStrings> = {
  fr: {
    previous: 'Précédent',
    next: 'Suivant',
    position: (state, count) => `État ${state} sur ${count}`,
    controlsLabel: 'Parcourir le graphique',
    articleClaim: 'L’article\u00a0: «\u202f1 milliard\u202f»',
    claimPassed: (quarter) => `franchi au ${quarter}`,
    moreThan: (count) => `plus de ${count}`,
    describe: (when, users) => `Au ${when}, WeChat comptait ${users} d’utilisateurs actifs par mois`,
    describeClaim: (passedIn) =>
      `, bien plus que le milliard avancé par l’article${passedIn === null ? '' : `, un cap franchi dès le ${passedIn}`}`,
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
    },
  },
  en: {
    previous: 'Previous',
    next: 'Next',
    position: (state, count) => `State ${state} of ${count}`,
    controlsLabel: 'Step through the graphic',
    articleClaim: 'The article: “1 billion”',
    claimPassed: (quarter) => `passed in ${quarter}`,
    moreThan: (count) => `more than ${count}`,
    describe: (when, users) => `On ${when}, WeChat had ${users} monthly active users`,
    describeClaim: (passedIn) => `, well above the one billion the article gave${passedIn === null ? '' : `, a mark passed in ${passedIn}`}`,
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
    },
  },
  zh: {
    previous: '上一个',
    next: '下一个',
    position: (state, count) => `第${state}个状态，共${count}个`,
    controlsLabel: '逐步浏览图表',
    articleClaim: '法国文章：“10亿”',
    claimPassed: (quarter) => `${quarter}突破`,
    moreThan: (count) => `超过${count}`,
    describe: (when, users) => `截至${when}，微信月活跃账户数为${users}`,
    describeClaim: (passedIn) => `，远超法国文章所说的10亿${passedIn === null ? '' : `，这一关口早在${passedIn}就已突破`}`,
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
    },
  },
};
