import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { withColumnsIn } from '../../src/data/csvColumns.ts';
import { sourcesCsv, sourcesCsvColumns, timelineCsv, timelineCsvColumns } from '../../src/data/dataCsv.ts';
import { csvFiles } from '../../src/data/dataDownloads.ts';
import { csvText } from '../../src/data/csvTexts.ts';
import { getStoryData } from '../../src/data/storyData.ts';

describe('the timeline and sources as CSV', () => {
  const data = getStoryData();

  it('gives one timeline row per event, every language, sources as ids', () => {
    const rows = csvParse(timelineCsv(data.timeline));
    expect(rows.columns).toEqual([...timelineCsvColumns]);
    expect(rows).toHaveLength(data.timeline.length);
    const [first] = data.timeline;
    const row = rows[0]!;
    expect(row.label_en).toBe(first!.label.en);
    expect(row.description_fr).toBe(first!.description.fr);
    expect(row.label_zh).toBe(first!.label.zh);
    expect(row.sources!.split(' ')).toEqual(first!.sources);
  });

  it('gives one sources row per source, quoting what needs it', () => {
    const rows = csvParse(sourcesCsv(data.sources));
    expect(rows.columns).toEqual([...sourcesCsvColumns]);
    expect(rows.map((row) => row.title)).toEqual(data.sources.map((source) => source.title));
  });

  it('names every column of every file in Chinese, changing nothing but the header row', () => {
    for (const file of csvFiles) {
      const csv = csvText(file);
      const chinese = withColumnsIn(csv, 'zh');
      const [header, ...rows] = chinese.split('\n');
      expect(header, file).not.toMatch(/[a-z]/);
      expect(rows.join('\n')).toBe(csv.slice(csv.indexOf('\n') + 1));
      expect(csvParse(chinese)).toHaveLength(csvParse(csv).length);
    }
    expect(withColumnsIn('a,b\n1,2\n', 'fr')).toBe('a,b\n1,2\n');
    expect(() => withColumnsIn('unknown_column\n1\n', 'zh')).toThrow(/unknown_column/);
  });
});
