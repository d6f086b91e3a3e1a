// Every <Cite id="…"> in the story's .svx files must name a source in sources.json, every
// <Confidence event="…" locale="…"> a timeline event, in the folder's own language, and every
// <Step event="…"> a timeline event too; in a timeline section, every step names the event its text
// describes (the timeline highlights and labels it). Checked before the build so the error points
// at the file and line rather than at a rendering component.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { graphicOf, readStepTags } from '../story/stepTags.ts';
import { ContentDataError } from './ContentDataError.ts';
import { locales } from '../lib/i18n/locales.ts';

const CITE = /<Cite\b[^>]*\bid\s*=\s*["']([^"']*)["']/g;
const CONFIDENCE = /<Confidence\b([^>]*)>/g;
const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(attributes)?.[1];

export function checkCitations(contentDir: string, knownSourceIds: ReadonlySet<string>, knownEventIds: ReadonlySet<string> = new Set()): void {
  for (const locale of locales) {
    const dir = join(contentDir, locale);
    let files: string[];
    try {
      files = readdirSync(dir).filter((name) => name.endsWith('.svx'));
    } catch {
      throw new ContentDataError(relative(process.cwd(), dir), null, null, 'the story folder is missing');
    }
    for (const name of files) {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const where = relative(process.cwd(), path);
      const timeline = graphicOf(text) === 'timeline';
      for (const step of readStepTags(text)) {
        if (step.event === undefined) {
          if (timeline) throw new ContentDataError(where, step.line, 'Step event', 'a timeline step names the event its text describes: add event="…" (an id of timeline.json)');
        } else if (!knownEventIds.has(step.event)) {
          throw new ContentDataError(where, step.line, 'Step event', `unknown timeline event "${step.event}" (not in timeline.json)`);
        }
      }
      text
        .split('\n')
        .forEach((line, index) => {
          for (const match of line.matchAll(CITE)) {
            const id = match[1]!;
            if (!knownSourceIds.has(id)) {
              throw new ContentDataError(where, index + 1, 'Cite id', `unknown source id "${id}" (not in sources.json)`);
            }
          }
          for (const match of line.matchAll(CONFIDENCE)) {
            const event = attribute(match[1]!, 'event');
            if (event === undefined || !knownEventIds.has(event)) {
              throw new ContentDataError(where, index + 1, 'Confidence event', `unknown timeline event "${event ?? ''}" (not in timeline.json)`);
            }
            if (attribute(match[1]!, 'locale') !== locale) {
              throw new ContentDataError(where, index + 1, 'Confidence locale', `expected locale="${locale}", the folder's language`);
            }
          }
        });
    }
  }
}
