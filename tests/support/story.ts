// What the tests know of the story without a browser: its sections and sources, read from content/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export { locales, type Locale } from '../../src/lib/i18n/locales.ts';
import { localeFolder } from '../../src/lib/i18n/languages.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
export const storyUrl: Record<Locale, string> = { fr: './', en: 'en/', zh: 'zh/' };
/** A widget's embed page in a language, site-relative: 'embed/timeline/', 'zh/embed/timeline/'. */
export const embedUrl = (locale: Locale, widget: string): string => `${localeFolder(locale)}embed/${widget}/`;

export interface SectionFile {
  file: string;
  slug: string;
  title: string;
  graphic: string;
  steps: number;
}

export function sectionFiles(locale: Locale): SectionFile[] {
  const dir = join('content', locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.svx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const field = (name: string) => text.match(new RegExp(`^${name}:\\s*(.+)$`, 'm'))?.[1]?.trim().replace(/^["']|["']$/g, '') ?? '';
      return {
        file,
        slug: file.replace(/^\d+-/, '').replace(/\.svx$/, ''),
        title: field('title'),
        graphic: field('graphic'),
        steps: (text.match(/<Step\b/g) ?? []).length,
      };
    });
}

export interface SourceRecord {
  id: string;
  url: string;
  publisher: string;
}

export const sources = (): SourceRecord[] => JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as SourceRecord[];
