// The timeline's event details (descriptions and sources), one file per language and kind of page,
// loaded by the live widget when the reader first reaches for an event: a script that hands its
// data to the page (loadTimelineDetails in timelineData.ts says why not JSON).
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../lib/i18n/locales.ts';
import { jsonInScript } from '../../lib/jsonInScript.ts';
import { DETAILS_SCRIPT_EVENT } from '../../widgets/timeline/timelineData.ts';
import { timelineDetails, type TimelineMode } from '../../widgets/timeline/timelineContent.ts';

const modes: TimelineMode[] = ['story', 'embed'];

export const getStaticPaths = (() =>
  locales.flatMap((locale) => modes.map((mode) => ({ params: { variant: `${locale}-${mode}` }, props: { locale, mode } })))) satisfies GetStaticPaths;

export const GET: APIRoute<ReturnType<typeof getStaticPaths>[number]['props']> = ({ props }) =>
  new Response(`dispatchEvent(new CustomEvent(${JSON.stringify(DETAILS_SCRIPT_EVENT)},{detail:${jsonInScript(timelineDetails(props.locale, props.mode))}}));\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
