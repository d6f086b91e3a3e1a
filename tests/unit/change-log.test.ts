// The change log dates the story: a bad entry must stop the build naming the file, entry and field,
// and the last-updated date must be the newest entry's whatever the order they are written in.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChangeLog } from '../../src/data/changeLog.ts';
import { checkCitations } from '../../src/data/checkCitations.ts';
import { ContentDataError } from '../../src/data/ContentDataError.ts';
import { locales } from '../../src/lib/i18n/locales.ts';

function logIn(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'changes-'));
  writeFileSync(join(dir, 'changes.json'), JSON.stringify(content));
  return dir;
}
const entry = (date: string) => ({ date, text: { fr: 'Correction.', en: 'Correction.', zh: '更正。' } });

describe('the change log', () => {
  it('gives the real story a last update after its first publication', () => {
    const log = readChangeLog('content/data');
    expect(log.dateModified > log.datePublished).toBe(true);
    expect(log.changes[0]!.date).toBe(log.dateModified);
  });

  it('takes the newest entry as the last update, whatever the order', () => {
    const log = readChangeLog(logIn({ datePublished: '2026-01-01', changes: [entry('2026-02-01'), entry('2026-03-05'), entry('2026-02-10')] }));
    expect(log.dateModified).toBe('2026-03-05');
    expect(log.changes.map((change) => change.date)).toEqual(['2026-03-05', '2026-02-10', '2026-02-01']);
  });

  it.each([
    ['an entry without a date', { datePublished: '2026-01-01', changes: [{ text: entry('x').text }] }, 1, 'date'],
    ['an entry with no English', { datePublished: '2026-01-01', changes: [{ date: '2026-02-01', text: { fr: 'Oui.' } }] }, 1, 'text.en'],
    ['an entry older than the story', { datePublished: '2026-01-01', changes: [entry('2026-02-01'), entry('2025-12-31')] }, 2, 'date'],
  ])('rejects %s, naming file, entry and field', (_, content, row, field) => {
    try {
      readChangeLog(logIn(content));
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentDataError);
      expect((error as ContentDataError).message).toContain(`changes.json, row ${row}, field "${field}"`);
    }
  });
});

describe('<Confidence> in the story', () => {
  function storyWith(line: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    for (const locale of locales) {
      mkdirSync(join(dir, locale));
      writeFileSync(join(dir, locale, '01-a.svx'), locale === 'fr' ? line : '');
    }
    return dir;
  }
  it('rejects an unknown event and a locale that is not the folder’s', () => {
    const known = new Set(['ev']);
    expect(() => checkCitations(storyWith('<Confidence event="nope" locale="fr" />'), new Set(), known)).toThrow(/unknown timeline event "nope"/);
    expect(() => checkCitations(storyWith('<Confidence event="ev" locale="en" />'), new Set(), known)).toThrow(/expected locale="fr"/);
    expect(() => checkCitations(storyWith('<Confidence event="ev" locale="fr" />'), new Set(), known)).not.toThrow();
  });
});
