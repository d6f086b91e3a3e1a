// A broken-data fixture is the real content/data/ with one defect, from tests/fixtures/data/<name>/:
// either a whole file that replaces the real one (a small CSV, a one-record sources.json), or a
// `<name>.patch.json` that changes a few records of the real `<name>.json`, so a fixture stays a few
// lines however long the real file grows.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesRoot = 'tests/fixtures/data';
const realDataDir = 'content/data';
const patchSuffix = '.patch.json';

export interface ExpectedFailure {
  file: string;
  /** Row as the error names it. Left out when `id` is given: the row is then where that record
   * sits in the real file, which moves as records are added. */
  row: number | null;
  field: string | null;
  /** The JSON record the error names. */
  id?: string;
  /** Words of the rule the error must state. */
  says?: string;
}

/** One change to one record of a JSON array file, found by its id. */
export interface RecordPatch {
  id: string;
  set?: Record<string, unknown>;
  unset?: string[];
}

export const dataFixtureNames = (): string[] => readdirSync(fixturesRoot).sort();

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function expectedFailure(name: string): ExpectedFailure {
  const expected = readJson(join(fixturesRoot, name, 'expected.json')) as Omit<ExpectedFailure, 'row'> & { row?: number | null };
  if (expected.row !== undefined || expected.id === undefined) return { ...expected, row: expected.row ?? null };
  const records = readJson(join(realDataDir, expected.file)) as { id?: string }[];
  const index = records.findIndex((record) => record.id === expected.id);
  if (index === -1) throw new Error(`${name}/expected.json: no record "${expected.id}" in ${realDataDir}/${expected.file}`);
  return { ...expected, row: index + 1 };
}

/** The records of a JSON array with the patches applied; a patch whose record is gone is an error,
 * not a fixture that silently stops testing anything. */
export function applyRecordPatches(records: Record<string, unknown>[], patches: RecordPatch[]): Record<string, unknown>[] {
  return patches.reduce((current, patch) => {
    const index = current.findIndex((record) => record['id'] === patch.id);
    if (index === -1) throw new Error(`patch: no record with id "${patch.id}"`);
    const record = { ...current[index]!, ...patch.set };
    for (const field of patch.unset ?? []) delete record[field];
    return current.map((old, at) => (at === index ? record : old));
  }, records);
}

/** A temporary data folder: the real data, then the fixture's files and patches over it. */
export function brokenDataDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `data-${name}-`));
  cpSync(realDataDir, dir, { recursive: true });
  for (const file of readdirSync(join(fixturesRoot, name))) {
    if (file === 'expected.json') continue;
    if (file.endsWith(patchSuffix)) {
      const target = join(dir, `${file.slice(0, -patchSuffix.length)}.json`);
      const patched = applyRecordPatches(readJson(target) as Record<string, unknown>[], readJson(join(fixturesRoot, name, file)) as RecordPatch[]);
      writeFileSync(target, JSON.stringify(patched, null, 2));
    } else {
      cpSync(join(fixturesRoot, name, file), join(dir, file));
    }
  }
  return dir;
}
