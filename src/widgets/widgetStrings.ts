// A widget's words reach the browser as data, in the page's language only: one JSON element of the
// page (PageDataScript.astro), written by the widget's Island.astro, read by its component. Its
// code imports the strings' type, never a table, so no language's words ship in its script.
import type { Locale } from '../lib/i18n/locales.ts';
import { pageData, providePageData } from '../lib/pageData.ts';
import type { WidgetName } from './registry.ts';

/** The id of the JSON element (one per page and widget: a page has one language). */
export const widgetStringsId = (widget: WidgetName): string => `${widget}-strings`;

const dataKey = (widget: WidgetName, locale: Locale) => `${widget}-strings-${locale}`;

/** Build time: the words the widget renders with on pages of this language (Island.astro, before it renders). */
export const provideWidgetStrings = <Strings>(widget: WidgetName, locale: Locale, strings: Strings): void =>
  providePageData(dataKey(widget, locale), strings);

/** The widget's words: as provided at build time, or read from the page's JSON element. */
export const widgetStrings = <Strings>(widget: WidgetName, locale: Locale): Strings =>
  pageData<Strings>(dataKey(widget, locale), widgetStringsId(widget));
