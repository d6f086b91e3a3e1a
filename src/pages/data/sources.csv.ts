// Every source the data files cite, by the id their sources columns use (dist/data/sources.csv).
import type { APIRoute } from 'astro';
import { sourcesCsv } from '../../data/dataCsv.ts';
import { getStoryData } from '../../data/storyData.ts';

export const GET: APIRoute = () =>
  new Response(sourcesCsv(getStoryData().sources), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
