// The timeline's event details as a script, for an embed in a sandboxed frame, where fetching the
// JSON is refused (loadTimelineDetails in timelineData.ts): it hands the same data to the page.
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
