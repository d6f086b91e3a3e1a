// What each downloadable CSV holds (build time only): the data files that are CSV in content/data/
// as they are, the JSON ones (the timeline, the sources) turned into CSV (dataCsv.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourcesCsv, timelineCsv } from './dataCsv.ts';
import type { CsvFile } from './dataDownloads.ts';
import { dataFiles } from './readStoryData.ts';
import { contentDataDir, getStoryData } from './storyData.ts';

const dataFile = (name: string) => readFileSync(join(contentDataDir(), name), 'utf8');

export const csvText: Record<CsvFile, () => string> = {
  'market-share': () => dataFile(dataFiles.marketShare),
  'wechat-users': () => dataFile(dataFiles.wechatUsers),
  timeline: () => timelineCsv(getStoryData().timeline),
  sources: () => sourcesCsv(getStoryData().sources),
};
