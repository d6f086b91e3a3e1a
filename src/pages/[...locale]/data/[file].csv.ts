// The downloadable CSVs (dist/data/*.csv), and a copy in the folder of each language that names
// their columns in its words (csvColumns.ts, dist/zh/data/*.csv). Validation ran before the build.
import type { APIRoute } from 'astro';
import { columnsIn, withColumnsIn } from '../../../data/csvColumns.ts';
import { csvFiles, type CsvFile } from '../../../data/dataDownloads.ts';
import { csvText } from '../../../data/csvTexts.ts';
import { languages } from '../../../lib/i18n/languages.ts';
import { locales, type Locale } from '../../../lib/i18n/locales.ts';

const BYTE_ORDER_MARK = '\uFEFF';

export function getStaticPaths() {
  // The root's files, in the data's own column names, and one copy per language with names of its own.
  const folders: { segment: string | undefined; locale: Locale | null }[] = [
    { segment: undefined, locale: null },
    ...locales.filter((locale) => columnsIn(locale) !== null).map((locale) => ({ segment: languages[locale].segment, locale })),
  ];
  return folders.flatMap(({ segment, locale }) => csvFiles.map((file) => ({ params: { locale: segment, file }, props: { file, locale } })));
}

export const GET: APIRoute<{ file: CsvFile; locale: Locale | null }> = ({ props: { file, locale } }) => {
  const csv = csvText(file);
  // A language's copy is for its readers' spreadsheets: Excel reads UTF-8 only behind a byte-order
  // mark, and garbles Chinese names without one. The root files stay plain for data tools.
  const body = locale === null ? csv : `${BYTE_ORDER_MARK}${withColumnsIn(csv, locale)}`;
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
