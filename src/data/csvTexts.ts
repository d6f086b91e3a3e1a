// What each downloadable CSV holds (build time only): each widget's data as its description writes
// it (widget.ts), and the sources, turned from JSON into CSV (dataCsv.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { widgetNamed } from '../widgets/registry.ts';
import { sourcesCsv } from './dataCsv.ts';
import type { CsvFile } from './dataDownloads.ts';
import { contentDataDir, getStoryData } from './storyData.ts';

const contentFile = (name: string) => readFileSync(join(contentDataDir(), name), 'utf8');

export function csvText(file: CsvFile): string {
  if (file === 'sources') return sourcesCsv(getStoryData().sources);
  const write = widgetNamed(file).dataCsv;
  if (write === undefined) throw new Error(`${file}.csv: the widget "${file}" draws no data file (no dataCsv in its widget.ts)`);
  return write({ data: getStoryData(), contentFile });
}
