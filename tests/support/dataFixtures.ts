// A broken-data fixture is the real content/data/ with one file replaced by tests/fixtures/data/<name>/.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesRoot = 'tests/fixtures/data';

export interface ExpectedFailure {
  file: string;
  row: number | null;
  field: string | null;
}

export const dataFixtureNames = (): string[] => readdirSync(fixturesRoot).sort();

export function expectedFailure(name: string): ExpectedFailure {
  return JSON.parse(readFileSync(join(fixturesRoot, name, 'expected.json'), 'utf8')) as ExpectedFailure;
}

/** A temporary data folder: the real data, then the fixture's files over it. */
export function brokenDataDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `data-${name}-`));
  cpSync('content/data', dir, { recursive: true });
  for (const file of readdirSync(join(fixturesRoot, name))) {
    if (file !== 'expected.json') cpSync(join(fixturesRoot, name, file), join(dir, file));
  }
  return dir;
}
