import type { Locale } from '../../lib/i18n/locales.ts';

interface UsersStrings {
  previous: string;
  next: string;
  position: (state: number, count: number) => string;
  controlsLabel: string;
  source: string;
}

export const usersStrings: Record<Locale, UsersStrings> = {
  fr: {
    previous: 'Précédent',
    next: 'Suivant',
    position: (state, count) => `État ${state} sur ${count}`,
    controlsLabel: 'Parcourir le graphique',
    source: 'Source : résultats de Tencent (utilisateurs actifs mensuels de Weixin et WeChat).',
  },
  en: {
    previous: 'Previous',
    next: 'Next',
    position: (state, count) => `State ${state} of ${count}`,
    controlsLabel: 'Step through the graphic',
    source: 'Source: Tencent results (combined monthly active users of Weixin and WeChat).',
  },
};
