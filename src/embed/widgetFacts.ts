// What the embed index's scripts (embedIndex.ts, embedBuilder.ts) know of each widget: its title in
// each language, its fixed frame height, its number of states and the one it opens on. The server writes them in the
// page (widgetFactsTable.ts), so the browser never loads the widgets' descriptions.
import type { Locale } from '../lib/i18n/locales.ts';
import type { WidgetName } from '../widgets/registry.ts';

export interface WidgetFacts {
  /** As embeds show it (embedTitle.ts). */
  title: Record<Locale, string>;
  frameHeight: number;
  stateCount: number;
  openingState: number;
}

export type WidgetFactsTable = Partial<Record<WidgetName, WidgetFacts>>;

export const WIDGET_FACTS_ATTRIBUTE = 'data-widget-facts';

/** The facts written on `element`; an empty table if there are none or they do not parse. */
export function readWidgetFacts(element: Element | null): WidgetFactsTable {
  try {
    const facts: unknown = JSON.parse(element?.getAttribute(WIDGET_FACTS_ATTRIBUTE) ?? '{}');
    return typeof facts === 'object' && facts !== null ? (facts as WidgetFactsTable) : {};
  } catch {
    return {};
  }
}

/** The widgets the table knows, in its order. */
export const factsWidgets = (facts: WidgetFactsTable): WidgetName[] => Object.keys(facts) as WidgetName[];
