// The validated data, read once per build. CONTENT_DATA_DIR and CONTENT_STORY_DIR let tests point the
// pre-build checks at broken fixtures.
import { resolve } from 'node:path';
import { readStoryData, type StoryData } from './readStoryData.ts';

export const contentDataDir = (): string => resolve(process.env.CONTENT_DATA_DIR ?? 'content/data');
/** The folder holding fr/ and en/ with the story's .svx sections. */
export const storyTextDir = (): string => resolve(process.env.CONTENT_STORY_DIR ?? 'content');

let cached: StoryData | undefined;
export function getStoryData(): StoryData {
  cached ??= readStoryData(contentDataDir());
  return cached;
}
