// What each state of the WeChat-users chart shows and says. Pure data: tested without a browser.
import type { Locale } from '../../lib/i18n/locales.ts';
import { formatDate, formatMillions } from '../../lib/format.ts';

export interface UsersPoint {
  date: string;
  mau_millions: number;
  /** "1,31 milliard", written at build time: Intl's compact words are costly in a phone's browser. */
  usersLabel: string;
  /** "30 septembre 2022", likewise. */
  dateLabel: string;
}

/** A data point with its labels, in the page's language (build time). */
export function labelledPoint(point: { date: string; mau_millions: number }, locale: Locale): UsersPoint {
  return { ...point, usersLabel: formatMillions(point.mau_millions, locale), dateLabel: formatDate(point.date, locale) };
}

export interface UsersState {
  /** The date of the bar this state points at. */
  highlight: string;
  /** Whether the article's "1 billion" line is drawn. */
  showArticleClaim: boolean;
}

export const ARTICLE_CLAIM_MILLIONS = 1000;
export const TRIAL_DATE = '2022-09-30';

export function usersStates(points: readonly UsersPoint[]): UsersState[] {
  const latest = points.at(-1)!.date;
  return [
    { highlight: '2016-12-31', showArticleClaim: false },
    { highlight: TRIAL_DATE, showArticleClaim: true },
    { highlight: latest, showArticleClaim: false },
  ];
}

export function describeUsersState(state: UsersState, points: readonly UsersPoint[], locale: Locale): string {
  const point = points.find((p) => p.date === state.highlight) ?? points.at(-1)!;
  const users = point.usersLabel;
  const when = point.dateLabel;
  if (state.showArticleClaim) {
    return locale === 'fr'
      ? `Au ${when}, WeChat comptait ${users} d’utilisateurs actifs par mois, bien plus que le milliard avancé par l’article.`
      : `On ${when}, WeChat had ${users} monthly active users, well above the one billion the article gave.`;
  }
  return locale === 'fr'
    ? `Au ${when}, WeChat comptait ${users} d’utilisateurs actifs par mois.`
    : `On ${when}, WeChat had ${users} monthly active users.`;
}
