// The timeline's events as readers download them (dist/data/timeline.csv), built from content/data/timeline.json.
import type { APIRoute } from 'astro';
import { timelineCsv } from '../../data/dataCsv.ts';
import { getStoryData } from '../../data/storyData.ts';

export const GET: APIRoute = () =>
  new Response(timelineCsv(getStoryData().timeline), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
