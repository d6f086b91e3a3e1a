import type { Locale } from '../../lib/i18n/locales.ts';

interface UsersStrings {
  previous: string;
  next: string;
  position: (state: number, count: number) => string;
  controlsLabel: string;
  source: string;
  /** The article's figure, drawn as a line on the chart. */
  articleClaim: string;
}

export const usersStrings: Record<Locale, UsersStrings> = {
  fr: {
    previous: 'Précédent',
    next: 'Suivant',
    position: (state, count) => `État ${state} sur ${count}`,
    controlsLabel: 'Parcourir le graphique',
    articleClaim: 'L’article\u00a0: «\u202f1 milliard\u202f»',
    source: 'Source\u00a0: résultats de Tencent (utilisateurs actifs mensuels de Weixin et WeChat).',
  },
  en: {
    previous: 'Previous',
    next: 'Next',
    position: (state, count) => `State ${state} of ${count}`,
    controlsLabel: 'Step through the graphic',
    articleClaim: 'The article: “1 billion”',
    source: 'Source: Tencent results (combined monthly active users of Weixin and WeChat).',
  },
};
