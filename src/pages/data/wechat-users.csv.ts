// WeChat's user counts as readers download them: the data file's exact bytes, written to
// dist/data/wechat-users.csv at build time (a static endpoint). Validation ran before the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { dataFiles } from '../../data/readStoryData.ts';
import { contentDataDir } from '../../data/storyData.ts';

export const GET: APIRoute = () =>
  new Response(new Uint8Array(readFileSync(join(contentDataDir(), dataFiles.wechatUsers))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
