import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { sourcesCsv, sourcesCsvColumns, timelineCsv, timelineCsvColumns } from '../../src/data/dataCsv.ts';
import { getStoryData } from '../../src/data/storyData.ts';

describe('the timeline and sources as CSV', () => {
  const data = getStoryData();

  it('gives one timeline row per event, both languages, sources as ids', () => {
    const rows = csvParse(timelineCsv(data.timeline));
    expect(rows.columns).toEqual([...timelineCsvColumns]);
    expect(rows).toHaveLength(data.timeline.length);
    const [first] = data.timeline;
    const row = rows[0]!;
    expect(row.label_en).toBe(first!.label.en);
    expect(row.description_fr).toBe(first!.description.fr);
    expect(row.sources!.split(' ')).toEqual(first!.sources);
  });

  it('gives one sources row per source, quoting what needs it', () => {
    const rows = csvParse(sourcesCsv(data.sources));
    expect(rows.columns).toEqual([...sourcesCsvColumns]);
    expect(rows.map((row) => row.title)).toEqual(data.sources.map((source) => source.title));
  });
});
