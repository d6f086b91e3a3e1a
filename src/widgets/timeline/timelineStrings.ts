// The timeline's own words. The island writes the page's language into the page, as the other
// widgets do (widgetStrings.ts), so the browser never downloads another language. A key missing in
// one language is a type error.
import type { PluralForms } from '../../lib/fill.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
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
  previousPeriod: string;
  nextPeriod: string;
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
  /** Before the event's sources, with the space that follows it where the language has one. */
  sources: string;
  /** Between two names in a list (actors, sources): Chinese uses the enumeration comma 、. */
  listSeparator: string;
  /** A year's heading in the list: {year}, as the language writes a year. */
  yearHeading: string;
  /** Between an event's date and its label in the static list. */
  afterDate: string;
  lowConfidenceLegend: string;
  /** The colours of the marks, by the class of the actor who acts (timeline.css), in the key's order. */
  colourKey: Record<'alibaba' | 'tencent' | 'beijing' | 'bytedance', string>;
  /** The line through a mark whose date is a month, a year or a range. */
  spanLegend: string;
  /** Story: the button that opens the explorer's controls (filters, list, previous and next). */
  explore: string;
  /** Static frames: the link from a section's short list to the full chronology. */
  chronologyLink: string;
  /** The image's alt text: {count} events from {from} to {to} (years). */
  imageAlt: string;
  eventCount: PluralForms;
}

const fr: TimelineStrings = {
  kinds: { block: 'Blocage', opening: 'Ouverture', regulation: 'Régulation', lawsuit: 'Procès', market: 'Entreprises' },
  actors: { alibaba: 'Alibaba', ant: 'Ant et Alipay', tencent: 'Tencent et WeChat', bytedance: 'ByteDance et Douyin', beijing: 'Pékin (État, régulateurs)', unionpay: 'UnionPay' },
  chartLabel: 'Frise chronologique, {count}. Flèches gauche et droite pour passer d’un événement à l’autre.',
  filtersSummary: 'Filtrer',
  kindFilterLegend: 'Types d’événement',
  actorFilterLegend: 'Acteurs',
  periodPickerLabel: 'Zoomer sur une période',
  previousPeriod: 'Période précédente',
  nextPeriod: 'Période suivante',
  listView: 'Vue en liste',
  previous: 'Événement précédent',
  next: 'Événement suivant',
  navigationLabel: 'Parcourir les événements',
  periodStatus: '{title}\u00a0: {count}',
  noEvents: 'Aucun événement ne correspond à ces filtres.',
  hint: 'Survolez ou touchez un repère, ou parcourez-les au clavier, pour lire l’événement.',
  detailsUnavailable: 'Les descriptions et les sources n’ont pas pu être chargées.',
  sources: 'Sources\u00a0: ',
  listSeparator: ', ',
  yearHeading: '{year}',
  afterDate: ' – ',
  lowConfidenceLegend: 'Contour en pointillé\u00a0: fiabilité faible',
  colourKey: { alibaba: 'Alibaba, Ant', tencent: 'Tencent, WeChat', beijing: 'Pékin', bytedance: 'ByteDance, UnionPay' },
  spanLegend: 'Trait\u00a0: le mois, l’année ou la période que couvre la date',
  explore: 'Explorer',
  chronologyLink: 'Chaque événement, décrit et sourcé, dans la chronologie complète',
  imageAlt: 'Frise chronologique de {count} événements, de {from} à {to}, un repère par événement sur la ligne de son type, dans la couleur de son acteur.',
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
  previousPeriod: 'Previous period',
  nextPeriod: 'Next period',
  listView: 'List view',
  previous: 'Previous event',
  next: 'Next event',
  navigationLabel: 'Browse the events',
  periodStatus: '{title}: {count}',
  noEvents: 'No event matches these filters.',
  hint: 'Hover over or tap a mark, or move through them with the keyboard, to read the event.',
  detailsUnavailable: 'The descriptions and sources could not be loaded.',
  sources: 'Sources: ',
  listSeparator: ', ',
  yearHeading: '{year}',
  afterDate: ' – ',
  lowConfidenceLegend: 'Dotted outline: low confidence',
  colourKey: { alibaba: 'Alibaba, Ant', tencent: 'Tencent, WeChat', beijing: 'Beijing', bytedance: 'ByteDance, UnionPay' },
  spanLegend: 'Line: the month, year or range a date covers',
  explore: 'Explore',
  chronologyLink: 'Every event, described and sourced, in the full chronology',
  imageAlt: 'Timeline of {count} events from {from} to {to}, one mark per event on the line of its kind, in the colour of its actor.',
  eventCount: { one: '{n} event', other: '{n} events' },
};

const zh: TimelineStrings = {
  kinds: { block: '屏蔽', opening: '开放', regulation: '监管', lawsuit: '诉讼', market: '企业' },
  actors: { alibaba: '阿里巴巴', ant: '蚂蚁与支付宝', tencent: '腾讯与微信', bytedance: '字节跳动与抖音', beijing: '北京（国家、监管机构）', unionpay: '银联' },
  chartLabel: '大事记，{count}。用左右方向键在事件之间移动。',
  filtersSummary: '筛选',
  kindFilterLegend: '事件类型',
  actorFilterLegend: '参与方',
  periodPickerLabel: '缩放到某一时期',
  previousPeriod: '上一时期',
  nextPeriod: '下一时期',
  listView: '列表视图',
  previous: '上一个事件',
  next: '下一个事件',
  navigationLabel: '浏览事件',
  periodStatus: '{title}（{count}）',
  noEvents: '没有符合这些筛选条件的事件。',
  hint: '悬停或轻触一个标记，或用键盘逐个浏览，即可阅读事件。',
  detailsUnavailable: '无法加载事件描述和来源。',
  sources: '来源：',
  listSeparator: '、',
  yearHeading: '{year}年',
  afterDate: '：',
  lowConfidenceLegend: '虚线轮廓：可信度低',
  colourKey: { alibaba: '阿里巴巴、蚂蚁', tencent: '腾讯、微信', beijing: '北京', bytedance: '字节跳动、银联' },
  spanLegend: '线段：日期所涵盖的月份、年份或时间段',
  explore: '探索',
  chronologyLink: '完整大事记：每个事件都有描述和来源',
  imageAlt: '时间线：从{from}到{to}的{count}个事件，每个事件按类型标在对应的线上，颜色表示其主体。',
  eventCount: { one: '{n}个事件', other: '{n}个事件' },
};

export const timelineStrings: Record<Locale, TimelineStrings> = { fr, en, zh };

/** The words the live widget uses: the key and the static frames' words are written by the server only. */
export type LiveTimelineStrings = Omit<TimelineStrings, ServerOnlyWord>;
type ServerOnlyWord = 'colourKey' | 'spanLegend' | 'lowConfidenceLegend' | 'chronologyLink' | 'imageAlt';

/** The page's words for the live widget, without the server's own. */
export function liveStrings({ colourKey, spanLegend, lowConfidenceLegend, chronologyLink, imageAlt, ...live }: TimelineStrings): LiveTimelineStrings {
  return live;
}

/** The accessible name of the story's one timeline, shared by its timeline sections (build time only, not in the page's data). */
export const storyGraphicLabel: Record<Locale, string> = {
  fr: 'Chronologie des murs entre Alibaba, Tencent et ByteDance, et de leur ouverture, 2004-2024',
  en: 'Timeline of the walls between Alibaba, Tencent and ByteDance, and of their opening, 2004–2024',
  zh: '阿里巴巴、腾讯与字节跳动之间的围墙及其开放大事记，2004—2024年',
};
