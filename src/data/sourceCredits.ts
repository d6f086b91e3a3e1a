// Helpers for a graphic's one-line source (each widget's sourceLine, widget.ts): who published the
// sources it rests on, named from content/data/sources.json.
import type { StoryData } from './readStoryData.ts';
import { intlLocale, type Locale } from '../lib/i18n/locales.ts';
import { listFormat } from '../lib/intlCache.ts';

export const distinct = <T>(items: T[]): T[] => [...new Set(items)];

/** "A, B and C", as the language writes it. */
export const joinList = (items: string[], locale: Locale): string =>
  listFormat(intlLocale[locale], { type: 'conjunction' }).format(items);

/** "12 publications", in the language. */
export const publications = (count: number, locale: Locale): string =>
  ({ fr: `${count} publication${count > 1 ? 's' : ''}`, en: `${count} publication${count === 1 ? '' : 's'}`, zh: `${count}篇报道` })[locale];

/** The publishers cited most often first, each named once (an author in brackets left out). */
export function publishersByCitations(sourceIds: string[], data: StoryData): string[] {
  const counts = new Map<string, number>();
  for (const id of sourceIds) {
    const publisher = data.sources.find((source) => source.id === id)?.publisher;
    if (publisher === undefined) throw new Error(`source line: no source "${id}" in content/data/sources.json`);
    const name = publisher.replace(/\s*\(.*\)$/, '');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}
