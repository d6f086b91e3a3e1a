// The widget facts the embed index writes in its page for its scripts (widgetFacts.ts), from the
// widgets' descriptions (build time only).
import { locales } from '../lib/i18n/locales.ts';
import { widgets } from '../widgets/registry.ts';
import { embedTitle } from './embedTitle.ts';
import type { WidgetFactsTable } from './widgetFacts.ts';

export const widgetFactsTable = (): WidgetFactsTable =>
  Object.fromEntries(
    widgets.map(({ name, frameHeight, stateCount, openingState }) => [
      name,
      { title: Object.fromEntries(locales.map((locale) => [locale, embedTitle(name, locale)])), frameHeight, stateCount, openingState },
    ]),
  ) as WidgetFactsTable;
