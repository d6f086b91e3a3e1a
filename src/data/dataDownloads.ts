// The data behind each graphic as readers download it (each widget's `dataCsv`, widget.ts), and
// the list of sources their `sources` columns name (space-separated ids, as in content/data/).
// Paths are site-relative; pages link them relative to themselves. A language whose readers get
// the columns named in their language (csvColumns.ts) has its own copy of the files in its folder;
// the others share the files at the root.
import { localeFolder } from '../lib/i18n/languages.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { widgetNamed, widgets, type WidgetName } from '../widgets/registry.ts';
import { columnsIn } from './csvColumns.ts';

/** The downloadable files, by name: a widget's data is named after the widget. */
export type CsvFile = WidgetName | 'sources';
export const csvFiles: readonly CsvFile[] = [...widgets.flatMap((widget) => (widget.dataCsv === undefined ? [] : [widget.name])), 'sources'];

export const csvPath = (file: CsvFile, locale: Locale): string =>
  `${columnsIn(locale) === null ? '' : localeFolder(locale)}data/${file}.csv`;

/** The data file a widget's readers download in that language, or null when it draws none. */
export const dataCsvPath = (widget: WidgetName, locale: Locale): string | null =>
  widgetNamed(widget).dataCsv === undefined ? null : csvPath(widget, locale);

/** Every source cited: what each id in a `sources` column stands for. */
export const sourcesCsvPath = (locale: Locale): string => csvPath('sources', locale);
