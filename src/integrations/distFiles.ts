import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export async function listFiles(dir: string, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), root) : Promise.resolve([relative(root, join(dir, entry.name))]))),
  );
  return nested.flat().map((path) => path.split(sep).join('/'));
}
