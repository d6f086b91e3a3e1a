// One schema per data file in content/data/. Rows come from CSV (all strings) or JSON.
import { z } from 'zod';
import { locales, type Locale } from '../lib/i18n/locales.ts';
import { copyProblem, documentUrlProblem, publisherProblem } from './sourceRules.ts';

export const confidenceLevels = ['high', 'medium-high', 'medium', 'low-medium', 'low', 'derived'] as const;
export type Confidence = (typeof confidenceLevels)[number];

const isoDate = z
  .string({ error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

function isRealDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const text = z.string().trim().min(1);
/** A text in each of the site's languages. */
export const inEachLanguage = z.object(Object.fromEntries(locales.map((locale) => [locale, text])) as Record<Locale, typeof text>);

/** A CSV cell holding a percentage, or empty when the source gives none. */
const shareCell = z
  .string()
  .trim()
  .transform((cell, ctx) => {
    if (cell === '') return null;
    const value = Number(cell);
    if (!/^-?\d+(\.\d+)?$/.test(cell) || !Number.isFinite(value)) {
      ctx.addIssue({ code: 'custom', message: `expected a number, got "${cell}"` });
      return z.NEVER;
    }
    if (value < 0 || value > 100) {
      ctx.addIssue({ code: 'custom', message: `expected a share from 0 to 100, got ${cell}` });
      return z.NEVER;
    }
    return value;
  });

const idList = z
  .string()
  .trim()
  .min(1, 'expected at least one source id')
  .transform((cell) => cell.split(/\s+/));

const webUrl = z.url({ protocol: /^https?$/ });

/** The copy we read when the original was out of reach: the site's name and the copy's address. */
const copySchema = z.object(
  {
    name: z.string().trim().min(1, 'expected the name of the site we read the copy on'),
    /** Left out when `url` is the copy itself (the original's address unknown). */
    url: webUrl.optional(),
  },
  { error: 'expected via as { "name": site of the copy we read, "url": its address }, with publisher and url naming the original' },
);

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and dashes'),
    /** The original's publisher, even when we read a copy. */
    publisher: z.string().trim().min(1),
    title: z.string().trim().min(1),
    date: isoDate,
    /** The document readers follow: the original's address when known, else the copy we read. */
    url: webUrl,
    supports: inEachLanguage,
    /** Set when we read a repost or mirror rather than the original publisher. */
    via: copySchema.optional(),
    /** The language of the source's own title where it is French: titles are otherwise told apart as English or Chinese. */
    lang: z.literal('fr').optional(),
    /** Owned or run by the Chinese party-state (Xinhua, CGTN, Global Times…): the source list says so. */
    stateMedia: z.literal(true, { error: 'expected true, or no stateMedia field' }).optional(),
  })
  .superRefine((source, ctx) => {
    const problem = (path: string[], message: string | null) => {
      if (message !== null) ctx.addIssue({ code: 'custom', path, message });
    };
    problem(['url'], documentUrlProblem(source.url));
    problem(['publisher'], publisherProblem(source.publisher));
    if (source.via === undefined) return;
    if (source.via.url !== undefined) {
      problem(['via', 'url'], documentUrlProblem(source.via.url));
      problem(['via', 'url'], source.via.url === source.url ? 'repeats url: leave it out when url is the copy we read' : null);
    }
    problem(['publisher'], copyProblem(source.publisher, source.via));
  });
export type Source = z.infer<typeof sourceSchema>;

export const marketSeriesIds = ['iresearch', 'analysys'] as const;
export const marketShareRowSchema = z.object({
  series: z.enum(marketSeriesIds),
  period: z.string().regex(/^\d{4}-Q[1-4]$/, 'expected a quarter as YYYY-Qn'),
  metric: z.enum(['transaction-value', 'transaction-value-excluding-transfers']),
  alipay: shareCell,
  tenpay: shareCell,
  others: shareCell,
  /** Space-separated names of the columns we computed rather than read. */
  derived: z
    .string()
    .trim()
    .transform((cell) => (cell === '' ? [] : cell.split(/\s+/)))
    .pipe(z.array(z.enum(['alipay', 'tenpay', 'others']))),
  sources: idList,
  confidence: z.enum(confidenceLevels),
  note: z.string().trim().default(''),
});
export type MarketShareRow = z.infer<typeof marketShareRowSchema>;

export const wechatUsersBounds = ['exact', 'lower'] as const;
export type WechatUsersBound = (typeof wechatUsersBounds)[number];
export const wechatUsersRowSchema = z.object({
  date: isoDate,
  mau_millions: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, 'expected a number of millions')
    .transform(Number)
    .pipe(z.number().min(1).max(2000)),
  /** `lower` when the source gives only a floor ("more than 500 million"); empty for an exact count. */
  bound: z
    .string()
    .trim()
    .default('')
    .transform((cell) => (cell === '' ? 'exact' : cell))
    .pipe(z.enum(wechatUsersBounds, { error: (issue) => `expected "lower" or nothing, got "${String(issue.input)}"` })),
  sources: idList,
  confidence: z.enum(confidenceLevels),
  note: z.string().trim().default(''),
});
export type WechatUsersRow = z.infer<typeof wechatUsersRowSchema>;

export const timelineActors = ['alibaba', 'ant', 'tencent', 'bytedance', 'beijing', 'unionpay'] as const;
export const timelineKinds = ['block', 'opening', 'regulation', 'lawsuit', 'market'] as const;
export const timelineEventSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and dashes'),
    /** When it happened, or when it started for a range (the description says the range in words). */
    date: isoDate,
    precision: z.enum(['day', 'month', 'year']),
    /** Last day, month or year of a range such as "31 Jul / 1 Aug 2013"; same precision as `date`. */
    endDate: isoDate.optional(),
    actors: z.array(z.enum(timelineActors)).min(1),
    kind: z.enum(timelineKinds),
    label: inEachLanguage,
    description: inEachLanguage,
    sources: z.array(z.string()).min(1, 'expected at least one source id'),
    confidence: z.enum(confidenceLevels),
  })
  .superRefine((event, ctx) => {
    // ISO dates of one length compare as strings; a range that ends before it starts is a typo.
    if (event.endDate === undefined) return;
    if (event.endDate.length !== event.date.length) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `expected the same precision as date "${event.date}"` });
    } else if (event.endDate <= event.date) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `expected a date after "${event.date}"` });
    }
  });
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
