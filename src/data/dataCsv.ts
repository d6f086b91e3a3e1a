// The data files that are JSON in content/data/ (the timeline, the sources) as CSV for readers: one
// row per record, every language side by side, sources as space-separated ids like the CSV data
// files, each id a row of sources.csv.
import { csvFormat } from 'd3-dsv';
import type { Source, TimelineEvent } from './schemas.ts';

export const timelineCsvColumns = [
  'id', 'date', 'end_date', 'precision', 'kind', 'actors', 'label_en', 'label_fr', 'label_zh', 'description_en', 'description_fr', 'description_zh', 'sources', 'confidence',
] as const;

export function timelineCsv(events: readonly TimelineEvent[]): string {
  const rows = events.map((event) => ({
    id: event.id,
    date: event.date,
    end_date: event.endDate ?? '',
    precision: event.precision,
    kind: event.kind,
    actors: event.actors.join(' '),
    label_en: event.label.en,
    label_fr: event.label.fr,
    label_zh: event.label.zh,
    description_en: event.description.en,
    description_fr: event.description.fr,
    description_zh: event.description.zh,
    sources: event.sources.join(' '),
    confidence: event.confidence,
  }));
  return `${csvFormat(rows, [...timelineCsvColumns])}\n`;
}

export const sourcesCsvColumns = ['id', 'publisher', 'title', 'date', 'url', 'read_via', 'read_via_url'] as const;

/** Every source: the id the data files cite it by, who published what and when, and where to read it. */
export function sourcesCsv(sources: readonly Source[]): string {
  const rows = sources.map((source) => ({
    id: source.id,
    publisher: source.publisher,
    title: source.title,
    date: source.date,
    url: source.url,
    read_via: source.via?.name ?? '',
    read_via_url: source.via?.url ?? '',
  }));
  return `${csvFormat(rows, [...sourcesCsvColumns])}\n`;
}
