import { describe, expect, it } from 'vitest';
import { ContentDataError } from '../../src/data/ContentDataError.ts';
import { checkCitations } from '../../src/data/checkCitations.ts';
import { readStoryData } from '../../src/data/readStoryData.ts';
import { brokenDataDir, dataFixtureNames, expectedFailure } from '../support/dataFixtures.ts';

function failureOf(run: () => unknown): ContentDataError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentDataError) return error;
    throw error;
  }
  throw new Error('expected a ContentDataError, but the data was accepted');
}

describe('content/data validation', () => {
  it('accepts the real data', () => {
    const data = readStoryData('content/data');
    expect(data.sources.length).toBeGreaterThan(10);
    expect(data.marketShare.length).toBeGreaterThan(10);
  });

  it.each(dataFixtureNames())('rejects the %s fixture, naming file, row and field', (name) => {
    const expected = expectedFailure(name);
    const error = failureOf(() => readStoryData(brokenDataDir(name)));
    expect(error.file.endsWith(expected.file)).toBe(true);
    expect(error.row).toBe(expected.row);
    expect(error.field).toBe(expected.field);
    expect(error.message).toContain(expected.file);
    if (expected.field !== null) expect(error.message).toContain(`field "${expected.field}"`);
    if (expected.id !== undefined) expect(error.message).toContain(`row ${expected.row}, field "${expected.field}", id "${expected.id}"`);
    if (expected.says !== undefined) expect(error.message).toContain(expected.says);
  });

  it('rejects a story citing a source that does not exist, naming the file and line', () => {
    const error = failureOf(() => checkCitations('tests/fixtures/story-unknown-cite', new Set(['csj-2022-q3'])));
    expect(error.file).toMatch(/story-unknown-cite\/fr\/01-trial\.svx$/);
    expect(error.row).toBe(10);
    expect(error.message).toContain('no-such-source');
  });

  it('accepts the real story citations', () => {
    const data = readStoryData('content/data');
    const ids = new Set(data.sources.map((source) => source.id));
    expect(() => checkCitations('content', ids, new Set(data.timeline.map((event) => event.id)))).not.toThrow();
  });
});
