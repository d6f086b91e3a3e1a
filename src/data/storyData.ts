// The validated data, read once per build. CONTENT_DATA_DIR lets tests point the build at fixtures.
import { resolve } from 'node:path';
import { readStoryData, type StoryData } from './readStoryData.ts';

export const contentDataDir = (): string => resolve(process.env.CONTENT_DATA_DIR ?? 'content/data');

let cached: StoryData | undefined;
export function getStoryData(): StoryData {
  cached ??= readStoryData(contentDataDir());
  return cached;
}
