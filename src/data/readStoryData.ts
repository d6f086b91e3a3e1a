// Reads and validates every file in content/data/. Any problem throws a ContentDataError that
// names the file, the row and the field; the build stops on it (see validateContentData).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { z } from 'zod';
import { ContentDataError } from './ContentDataError.ts';
import {
  marketShareRowSchema,
  sourceSchema,
  timelineEventSchema,
  wechatUsersRowSchema,
  type MarketShareRow,
  type Source,
  type TimelineEvent,
  type WechatUsersRow,
} from './schemas.ts';

export interface StoryData {
  sources: Source[];
  marketShare: MarketShareRow[];
  wechatUsers: WechatUsersRow[];
  timeline: TimelineEvent[];
}

export const dataFiles = {
  sources: 'sources.json',
  marketShare: 'market-share.csv',
  wechatUsers: 'wechat-users.csv',
  timeline: 'timeline.json',
} as const;

/** Shares are published to one or two decimals; parts may overshoot 100 by rounding only. */
const ROUNDING_TOLERANCE = 0.5;

export function readStoryData(dataDir: string): StoryData {
  const name = (file: string) => relative(process.cwd(), join(dataDir, file)) || file;
  const sources = validateRows(name(dataFiles.sources), readJsonArray(dataDir, dataFiles.sources, name), sourceSchema, 0);
  rejectDuplicates(name(dataFiles.sources), sources, (source) => source.id, 'id', 0);
  const knownSources = new Set(sources.map((source) => source.id));

  const marketFile = name(dataFiles.marketShare);
  const marketShare = validateRows(marketFile, readCsv(dataDir, dataFiles.marketShare, name), marketShareRowSchema, 2);
  marketShare.forEach((row, index) => {
    const line = index + 2;
    checkSources(marketFile, line, row.sources, knownSources);
    const parts = [row.alipay, row.tenpay, row.others].filter((part): part is number => part !== null);
    const total = parts.reduce((sum, part) => sum + part, 0);
    if (total > 100 + ROUNDING_TOLERANCE) {
      throw new ContentDataError(marketFile, line, 'others', `alipay + tenpay + others is ${total}, more than 100`);
    }
    if (row.alipay === null) throw new ContentDataError(marketFile, line, 'alipay', 'every row needs an Alipay share');
  });
  rejectDuplicates(marketFile, marketShare, (row) => `${row.series} ${row.metric} ${row.period}`, 'period', 2);

  const usersFile = name(dataFiles.wechatUsers);
  const wechatUsers = validateRows(usersFile, readCsv(dataDir, dataFiles.wechatUsers, name), wechatUsersRowSchema, 2);
  wechatUsers.forEach((row, index) => checkSources(usersFile, index + 2, row.sources, knownSources));
  rejectDuplicates(usersFile, wechatUsers, (row) => row.date, 'date', 2);

  const timelineFile = name(dataFiles.timeline);
  const timeline = validateRows(timelineFile, readJsonArray(dataDir, dataFiles.timeline, name), timelineEventSchema, 0);
  timeline.forEach((event, index) => {
    checkSources(timelineFile, index + 1, event.sources, knownSources, event.id);
    const expectedLength = { year: 4, month: 7, day: 10 }[event.precision];
    if (event.date.length !== expectedLength) {
      throw new ContentDataError(timelineFile, index + 1, 'date', `"${event.date}" does not match precision "${event.precision}"`, event.id);
    }
  });
  rejectDuplicates(timelineFile, timeline, (event) => event.id, 'id', 0);

  return { sources, marketShare, wechatUsers, timeline };
}

function readText(dataDir: string, file: string, name: (file: string) => string): string {
  try {
    return readFileSync(join(dataDir, file), 'utf8');
  } catch {
    throw new ContentDataError(name(file), null, null, 'the file is missing or unreadable');
  }
}

function readJsonArray(dataDir: string, file: string, name: (file: string) => string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(dataDir, file, name));
  } catch (error) {
    if (error instanceof ContentDataError) throw error;
    throw new ContentDataError(name(file), null, null, `not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new ContentDataError(name(file), null, null, 'expected a JSON array of records');
  return parsed;
}

function readCsv(dataDir: string, file: string, name: (file: string) => string): Record<string, string>[] {
  return csvParse(readText(dataDir, file, name));
}

/** Rows are numbered as an editor sees them: CSV by line (header is line 1), JSON by record from 1. */
function validateRows<S extends z.ZodType>(file: string, rows: unknown[], schema: S, firstRow: number): z.infer<S>[] {
  const rowNumber = (index: number) => (firstRow === 0 ? index + 1 : index + firstRow);
  return rows.map((row, index) => {
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const field = issue.path.length > 0 ? issue.path.join('.') : null;
    const got = field === null ? '' : describeValue(row, issue.path);
    const message = issue.message.includes('got ') ? issue.message : `${issue.message}${got}`;
    throw new ContentDataError(file, rowNumber(index), field, message, recordIdOf(row));
  });
}

/** A JSON record's id, named in the error beside its row number (CSV rows have none). */
function recordIdOf(row: unknown): string | null {
  const id = row !== null && typeof row === 'object' ? (row as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' && id !== '' ? id : null;
}

function describeValue(row: unknown, path: PropertyKey[]): string {
  let value: unknown = row;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  if (value === undefined) return ' (missing)';
  const shown = JSON.stringify(value);
  return shown && shown.length < 80 ? ` (got ${shown})` : '';
}

function checkSources(file: string, row: number, ids: string[], known: Set<string>, recordId: string | null = null): void {
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new ContentDataError(file, row, 'sources', `unknown source id "${unknown}" (not in ${dataFiles.sources})`, recordId);
}

function rejectDuplicates<T>(file: string, rows: T[], key: (row: T) => string, field: string, firstRow: number): void {
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const rowNumber = firstRow === 0 ? index + 1 : index + firstRow;
    const value = key(row);
    const earlier = seen.get(value);
    if (earlier !== undefined) throw new ContentDataError(file, rowNumber, field, `duplicate of row ${earlier} (${value})`, recordIdOf(row));
    seen.set(value, rowNumber);
  });
}
