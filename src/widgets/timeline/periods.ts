// The periods the timeline can zoom to. Their ids are a contract with the story (/tmp/periods.md
// in the brief): a timeline section's frontmatter lists them in `focus`, and its N-th step
// (state N) highlights focus[N]. Renaming an id breaks the story's frontmatter, so add, don't rename.
import type { Locale } from '../../lib/i18n/locales.ts';

export interface Period {
  id: string;
  /** First day, inclusive (YYYY-MM-DD). */
  start: string;
  /** Last day, inclusive (YYYY-MM-DD). */
  end: string;
  title: Record<Locale, string>;
}

export const periods = [
  { id: 'overview', start: '2004-01-01', end: '2024-12-31', title: { fr: 'Vingt ans, 2004-2024', en: 'Twenty years, 2004–2024', zh: '二十年，2004—2024年' } },
  { id: 'walls-2013', start: '2013-01-01', end: '2013-12-31', title: { fr: '2013, les murs', en: '2013: the walls go up', zh: '2013年：围墙筑起' } },
  { id: 'red-envelopes-2015', start: '2014-01-01', end: '2015-02-28', title: { fr: '2014-2015, enveloppes rouges', en: '2014–2015: red envelopes', zh: '2014—2015年：红包' } },
  { id: 'douyin-2018-2021', start: '2018-04-01', end: '2021-02-28', title: { fr: '2018-2021, Douyin', en: '2018–2021: Douyin', zh: '2018—2021年：抖音' } },
  { id: 'crackdown-2020-2021', start: '2020-10-01', end: '2021-04-30', title: { fr: '2020-2021, le coup d’arrêt', en: '2020–2021: the crackdown', zh: '2020—2021年：整顿' } },
  { id: 'campaign-2021', start: '2021-07-01', end: '2021-12-31', title: { fr: '2021, la campagne du MIIT', en: '2021: the MIIT campaign', zh: '2021年：工信部专项整治' } },
  { id: 'trial-2022', start: '2022-07-01', end: '2022-10-31', title: { fr: '2022, l’essai d’Alipay', en: '2022: Alipay’s trial', zh: '2022年：支付宝的试验' } },
  { id: 'fine-2023', start: '2023-01-01', end: '2023-07-31', title: { fr: '2023, l’amende', en: '2023: the fine', zh: '2023年：罚单' } },
  { id: 'opening-2023-2024', start: '2023-10-01', end: '2024-09-30', title: { fr: '2023-2024, l’ouverture', en: '2023–2024: the opening', zh: '2023—2024年：开放' } },
] as const satisfies readonly Period[];

export type PeriodId = (typeof periods)[number]['id'];
export const OVERVIEW: PeriodId = 'overview';
/**
 * The period an embed opens on when no step is asked: the overview, every event at once. A literal
 * (the overview's index), so a widget that needs it does not carry the list of periods.
 */
export const OPENING_PERIOD_INDEX = 0;

export const isPeriodId = (value: string): value is PeriodId => periods.some((period) => period.id === value);

/** The period a story state highlights: focus[state], or the overview when there is none. */
export function periodForState(focus: readonly string[] | undefined, state: number): PeriodId {
  const id = focus?.[Math.min(Math.max(0, Math.trunc(state)), focus.length - 1)];
  return id !== undefined && isPeriodId(id) ? id : OVERVIEW;
}

/** Ids in a section's `focus` that are not periods: the build fails on them (see Island.astro). */
export const unknownPeriodIds = (focus: readonly string[]): string[] => focus.filter((id) => !isPeriodId(id));
