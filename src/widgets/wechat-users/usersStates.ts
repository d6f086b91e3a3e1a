// What each state of the WeChat-users chart shows and says. Pure data: tested without a browser.
import type { Locale } from '../../lib/i18n/locales.ts';
import { formatDate, formatMillions, formatQuarter } from '../../lib/format.ts';
import type { Confidence, WechatUsersBound } from '../../data/schemas.ts';
import { fill } from '../../lib/fill.ts';
import type { UsersStrings } from './usersStrings.ts';

/**
 * How sure a figure is, as the chart draws it: `firm` (high or medium-high confidence: Tencent's
 * results, or outlets that agree), `secondary` (medium or lower: a hollow point) or `derived`
 * (computed by us: a dotted hollow point).
 */
export type Certainty = 'firm' | 'secondary' | 'derived';

export interface UsersPoint {
  date: string;
  mau_millions: number;
  /** `lower`: the source says "more than" this many. */
  bound: WechatUsersBound;
  certainty: Certainty;
  /** "1,31 milliard", "plus de 500 millions", written at build time: Intl's compact words are costly in a phone's browser. */
  usersLabel: string;
  /** "30 septembre 2022", likewise. */
  dateLabel: string;
}

export function certaintyOf(confidence: Confidence): Certainty {
  if (confidence === 'derived') return 'derived';
  return confidence === 'high' || confidence === 'medium-high' ? 'firm' : 'secondary';
}

/** A data point with its labels, in the page's language (build time). */
export function labelledPoint(
  row: { date: string; mau_millions: number; bound?: WechatUsersBound; confidence?: Confidence },
  strings: Pick<UsersStrings, 'moreThan'>,
  locale: Locale,
): UsersPoint {
  const bound = row.bound ?? 'exact';
  const count = formatMillions(row.mau_millions, locale);
  return {
    date: row.date,
    mau_millions: row.mau_millions,
    bound,
    certainty: certaintyOf(row.confidence ?? 'high'),
    usersLabel: bound === 'lower' ? fill(strings.moreThan, { count }) : count,
    dateLabel: formatDate(row.date, locale),
  };
}

export interface UsersState {
  /** The date of the point this state talks about. */
  highlight: string;
  /** Whether the article's "1 billion" line, and the quarter WeChat passed it, are drawn. */
  showArticleClaim: boolean;
}

export const ARTICLE_CLAIM_MILLIONS = 1000;
export const TRIAL_DATE = '2022-09-30';

/** The chart's states, in order (usersStates): the embed builder offers each as a first step. */
export const USERS_STATE_COUNT = 3;
/** The state an embed opens on when no step is asked: the latest figure, the whole series drawn. */
export const USERS_OPENING_STATE = 2;

export function usersStates(points: readonly UsersPoint[]): UsersState[] {
  const latest = points.at(-1)!.date;
  return [
    { highlight: '2016-12-31', showArticleClaim: false },
    { highlight: TRIAL_DATE, showArticleClaim: true },
    { highlight: latest, showArticleClaim: false },
  ];
}

/** The first count at or above `millions` (a floor such as "more than 500 million" never counts). */
export function firstAtLeast(points: readonly UsersPoint[], millions: number): UsersPoint | undefined {
  return points.find((point) => point.bound === 'exact' && point.mau_millions >= millions);
}

/** "2018-03-31" → "2018-Q1". */
export const quarterOf = (date: string): string => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

/** « 1er trimestre 2018 » / "Q1 2018": the quarter WeChat's count first reached a billion. */
export function claimPassedIn(points: readonly UsersPoint[], locale: Locale): string | null {
  const crossing = firstAtLeast(points, ARTICLE_CLAIM_MILLIONS);
  return crossing === undefined ? null : formatQuarter(quarterOf(crossing.date), locale);
}

export function describeUsersState(strings: UsersStrings, state: UsersState, points: readonly UsersPoint[], locale: Locale): string {
  const point = points.find((p) => p.date === state.highlight) ?? points.at(-1)!;
  const sentence = fill(strings.describe, { when: point.dateLabel, users: point.usersLabel });
  const { fullStop, sentenceGap } = strings.punctuation;
  const caveat = point.certainty === 'firm' ? '' : `${sentenceGap}${strings.caveat[point.certainty]}`;
  const passedIn = claimPassedIn(points, locale);
  const claimed = passedIn === null ? strings.describeClaim.notPassed : fill(strings.describeClaim.passed, { quarter: passedIn });
  const claim = state.showArticleClaim ? claimed : '';
  return `${sentence}${claim}${fullStop}${caveat}`;
}
