// The timeline's event details (descriptions and sources), one file per language and kind of page,
// fetched by the live widget when the reader first reaches for an event (see timelineContent.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../lib/i18n/locales.ts';
import { timelineDetails, type TimelineMode } from '../../widgets/timeline/timelineContent.ts';

const modes: TimelineMode[] = ['story', 'embed'];

export const getStaticPaths = (() =>
  locales.flatMap((locale) => modes.map((mode) => ({ params: { variant: `${locale}-${mode}` }, props: { locale, mode } })))) satisfies GetStaticPaths;

export const GET: APIRoute<ReturnType<typeof getStaticPaths>[number]['props']> = ({ props }) =>
  new Response(JSON.stringify(timelineDetails(props.locale, props.mode)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
