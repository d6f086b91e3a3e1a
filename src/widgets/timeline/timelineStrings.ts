// The timeline's own words. The island hands the page's language to the widget as a prop, so the
// browser never downloads the other language. A key missing in one language is a type error.
import { formatNumber } from '../../lib/format.ts';
import { pluralRules } from '../../lib/intlCache.ts';
import { intlLocale, type Locale } from '../../lib/i18n/locales.ts';
import type { Actor, Kind } from './timelineModel.ts';

export interface TimelineStrings {
  kinds: Record<Kind, string>;
  actors: Record<Actor, string>;
  /** Accessible name of the chart; {count} events. */
  chartLabel: string;
  filtersSummary: string;
  kindFilterLegend: string;
  actorFilterLegend: string;
  periodPickerLabel: string;
  listView: string;
  previous: string;
  next: string;
  navigationLabel: string;
  /** « {title} : {count} événements » */
  periodStatus: string;
  noEvents: string;
  hint: string;
  /** When the events' descriptions and sources could not be fetched (offline, before they were cached). */
  detailsUnavailable: string;
  sources: string;
  lowConfidenceLegend: string;
  /** The colours of the marks, by the class of the actor who acts (timeline.css), in the key's order. */
  colourKey: Record<'alibaba' | 'tencent' | 'beijing' | 'bytedance', string>;
  /** The line through a mark whose date is a month, a year or a range. */
  spanLegend: string;
  /** Story: the button that opens the explorer's controls (filters, list, previous and next). */
  explore: string;
  /** Static frames: the link from a section's short list to the full chronology. */
  chronologyLink: string;
  eventCount: { one: string; other: string };
}

const fr: TimelineStrings = {
  kinds: { block: 'Blocage', opening: 'Ouverture', regulation: 'Régulation', lawsuit: 'Procès', market: 'Entreprises' },
  actors: { alibaba: 'Alibaba', ant: 'Ant et Alipay', tencent: 'Tencent et WeChat', bytedance: 'ByteDance et Douyin', beijing: 'Pékin (État, régulateurs)', unionpay: 'UnionPay' },
  chartLabel: 'Frise chronologique, {count}. Flèches gauche et droite pour passer d’un événement à l’autre.',
  filtersSummary: 'Filtrer',
  kindFilterLegend: 'Types d’événement',
  actorFilterLegend: 'Acteurs',
  periodPickerLabel: 'Zoomer sur une période',
  listView: 'Vue en liste',
  previous: 'Événement précédent',
  next: 'Événement suivant',
  navigationLabel: 'Parcourir les événements',
  periodStatus: '{title}\u00a0: {count}',
  noEvents: 'Aucun événement ne correspond à ces filtres.',
  hint: 'Survolez ou touchez un repère, ou parcourez-les au clavier, pour lire l’événement.',
  detailsUnavailable: 'Les descriptions et les sources n’ont pas pu être chargées.',
  sources: 'Sources\u00a0:',
  lowConfidenceLegend: 'Contour en pointillé\u00a0: fiabilité faible',
  colourKey: { alibaba: 'Alibaba, Ant', tencent: 'Tencent, WeChat', beijing: 'Pékin', bytedance: 'ByteDance, UnionPay' },
  spanLegend: 'Trait\u00a0: le mois, l’année ou la période que couvre la date',
  explore: 'Explorer',
  chronologyLink: 'Chaque événement, décrit et sourcé, dans la chronologie complète',
  eventCount: { one: '{n} événement', other: '{n} événements' },
};

const en: TimelineStrings = {
  kinds: { block: 'Block', opening: 'Opening', regulation: 'Regulation', lawsuit: 'Lawsuit', market: 'Companies' },
  actors: { alibaba: 'Alibaba', ant: 'Ant and Alipay', tencent: 'Tencent and WeChat', bytedance: 'ByteDance and Douyin', beijing: 'Beijing (state, regulators)', unionpay: 'UnionPay' },
  chartLabel: 'Timeline, {count}. Left and right arrow keys move from one event to the next.',
  filtersSummary: 'Filter',
  kindFilterLegend: 'Kinds of event',
  actorFilterLegend: 'Actors',
  periodPickerLabel: 'Zoom to a period',
  listView: 'List view',
  previous: 'Previous event',
  next: 'Next event',
  navigationLabel: 'Browse the events',
  periodStatus: '{title}: {count}',
  noEvents: 'No event matches these filters.',
  hint: 'Hover over or tap a mark, or move through them with the keyboard, to read the event.',
  detailsUnavailable: 'The descriptions and sources could not be loaded.',
  sources: 'Sources:',
  lowConfidenceLegend: 'Dotted outline: low confidence',
  colourKey: { alibaba: 'Alibaba, Ant', tencent: 'Tencent, WeChat', beijing: 'Beijing', bytedance: 'ByteDance, UnionPay' },
  spanLegend: 'Line: the month, year or range a date covers',
  explore: 'Explore',
  chronologyLink: 'Every event, described and sourced, in the full chronology',
  eventCount: { one: '{n} event', other: '{n} events' },
};

export const timelineStrings: Record<Locale, TimelineStrings> = { fr, en };

/** « 1 événement », « 12 événements »: the plural rule comes from Intl, the number from format.ts. */
export function countEvents(count: number, strings: Pick<TimelineStrings, 'eventCount'>, locale: Locale): string {
  const form = pluralRules(intlLocale[locale]).select(count) === 'one' ? 'one' : 'other';
  return strings.eventCount[form].replace('{n}', formatNumber(count, locale));
}

/** The accessible name of the story's one timeline, shared by its timeline sections (build time only, not in the page's data). */
export const storyGraphicLabel: Record<Locale, string> = {
  fr: 'Chronologie des murs entre Alibaba, Tencent et ByteDance, et de leur ouverture, 2004-2024',
  en: 'Timeline of the walls between Alibaba, Tencent and ByteDance, and of their opening, 2004–2024',
};
