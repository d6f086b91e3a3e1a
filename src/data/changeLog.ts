// The story's dated record of corrections and changes of substance since first publication
// (content/data/changes.json). The page's "last updated" date is the newest entry's, so the
// byline, the JSON-LD, the sitemap and the corrections box cannot disagree.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { ContentDataError } from './ContentDataError.ts';
import { inEachLanguage } from './schemas.ts';
import { contentDataDir } from './storyData.ts';

const CHANGES_FILE = 'changes.json';

const changeSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD'),
  /** What changed, told once; `section` points the reader at where the story now tells it. */
  text: inEachLanguage,
  section: z.string().regex(/^[a-z0-9-]+$/).optional(),
});
export type Change = z.infer<typeof changeSchema>;

export interface ChangeLog {
  datePublished: string;
  dateModified: string;
  /** Newest first, as a reader looks for the latest. */
  changes: Change[];
}

const logSchema = z.object({
  datePublished: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD'),
  changes: z.array(z.unknown()),
});

export function readChangeLog(dataDir: string): ChangeLog {
  const file = relative(process.cwd(), join(dataDir, CHANGES_FILE)) || CHANGES_FILE;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dataDir, CHANGES_FILE), 'utf8'));
  } catch (error) {
    throw new ContentDataError(file, null, null, `missing or not valid JSON (${(error as Error).message})`);
  }
  const log = logSchema.safeParse(raw);
  if (!log.success) throw new ContentDataError(file, null, log.error.issues[0]!.path.join('.') || null, log.error.issues[0]!.message);
  const { datePublished } = log.data;
  const changes = log.data.changes.map((entry, index) => {
    const result = changeSchema.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new ContentDataError(file, index + 1, issue.path.join('.') || null, issue.message);
    }
    if (result.data.date < datePublished) {
      throw new ContentDataError(file, index + 1, 'date', `${result.data.date} is before the first publication (${datePublished})`);
    }
    return result.data;
  });
  const newestFirst = [...changes].sort((a, b) => b.date.localeCompare(a.date));
  return { datePublished, dateModified: newestFirst[0]?.date ?? datePublished, changes: newestFirst };
}

let cached: ChangeLog | undefined;
export function getChangeLog(): ChangeLog {
  cached ??= readChangeLog(contentDataDir());
  return cached;
}
