import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export async function listFiles(dir: string, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), root) : Promise.resolve([relative(root, join(dir, entry.name))]))),
  );
  return nested.flat().map((path) => path.split(sep).join('/'));
}

/** Rewrites, in place, the text of every file under `dist` that `select` picks; returns how many changed. */
export async function rewriteFiles(dist: string, select: (path: string) => boolean, rewrite: (text: string, path: string) => string): Promise<number> {
  let changed = 0;
  for (const path of await listFiles(dist)) {
    if (!select(path)) continue;
    const file = join(dist, path);
    const text = await readFile(file, 'utf8');
    const rewritten = rewrite(text, path);
    if (rewritten !== text) {
      await writeFile(file, rewritten);
      changed += 1;
    }
  }
  return changed;
}
