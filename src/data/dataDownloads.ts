// The data behind each graphic as readers download it, and the list of sources their `sources`
// columns name (space-separated ids, as in content/data/). Paths are site-relative; pages link them
// relative to themselves. qr-flow draws no data file: its source line names the reports it follows.
// A language whose readers get the columns named in their language (csvColumns.ts) has its own
// copy of the files in its folder; the others share the files at the root.
import { localeFolder } from '../lib/i18n/languages.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { WidgetName } from '../widgets/registry.ts';
import { columnsIn } from './csvColumns.ts';

/** The downloadable files, by name. */
export const csvFiles = ['market-share', 'wechat-users', 'timeline', 'sources'] as const;
export type CsvFile = (typeof csvFiles)[number];

const widgetCsv: Record<WidgetName, CsvFile | null> = {
  'market-share': 'market-share',
  'wechat-users': 'wechat-users',
  timeline: 'timeline',
  'qr-flow': null,
};

export const csvPath = (file: CsvFile, locale: Locale): string =>
  `${columnsIn(locale) === null ? '' : localeFolder(locale)}data/${file}.csv`;

/** The data file a widget's readers download in that language, or null when it draws none. */
export function dataCsvPath(widget: WidgetName, locale: Locale): string | null {
  const file = widgetCsv[widget];
  return file === null ? null : csvPath(file, locale);
}

/** Every source cited: what each id in a `sources` column stands for. */
export const sourcesCsvPath = (locale: Locale): string => csvPath('sources', locale);
