// Every <Cite id="…"> in the story's .svx files must name a source in sources.json. Checked before
// the build so the error points at the file and line rather than at a rendering component.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentDataError } from './ContentDataError.ts';

const CITE = /<Cite\b[^>]*\bid\s*=\s*["']([^"']*)["']/g;

export function checkCitations(contentDir: string, knownSourceIds: ReadonlySet<string>): void {
  for (const locale of ['fr', 'en']) {
    const dir = join(contentDir, locale);
    let files: string[];
    try {
      files = readdirSync(dir).filter((name) => name.endsWith('.svx'));
    } catch {
      throw new ContentDataError(relative(process.cwd(), dir), null, null, 'the story folder is missing');
    }
    for (const name of files) {
      const path = join(dir, name);
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          for (const match of line.matchAll(CITE)) {
            const id = match[1]!;
            if (!knownSourceIds.has(id)) {
              throw new ContentDataError(relative(process.cwd(), path), index + 1, 'Cite id', `unknown source id "${id}" (not in sources.json)`);
            }
          }
        });
    }
  }
}
