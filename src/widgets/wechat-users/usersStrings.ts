import type { Locale } from '../../lib/i18n/locales.ts';

interface UsersStrings {
  previous: string;
  next: string;
  position: (state: number, count: number) => string;
  controlsLabel: string;
  source: string;
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
    source: 'Source\u00a0: résultats de Tencent (utilisateurs actifs mensuels de Weixin et WeChat).',
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
    source: 'Source: Tencent results (combined monthly active users of Weixin and WeChat).',
  },
};
