// The downloadable CSVs (dist/data/*.csv), and a copy in the folder of each language that names
// their columns in its words (csvColumns.ts, dist/zh/data/*.csv). Validation ran before the build.
import type { APIRoute } from 'astro';
import { columnsIn, withColumnsIn } from '../../../data/csvColumns.ts';
import { csvFiles, type CsvFile } from '../../../data/dataDownloads.ts';
import { csvText } from '../../../data/csvTexts.ts';
import { languages } from '../../../lib/i18n/languages.ts';
import { locales, type Locale } from '../../../lib/i18n/locales.ts';

export function getStaticPaths() {
  // The root's files, in the data's own column names, and one copy per language with names of its own.
  const folders: { segment: string | undefined; locale: Locale | null }[] = [
    { segment: undefined, locale: null },
    ...locales.filter((locale) => columnsIn(locale) !== null).map((locale) => ({ segment: languages[locale].segment, locale })),
  ];
  return folders.flatMap(({ segment, locale }) => csvFiles.map((file) => ({ params: { locale: segment, file }, props: { file, locale } })));
}

export const GET: APIRoute<{ file: CsvFile; locale: Locale | null }> = ({ props: { file, locale } }) => {
  const csv = csvText[file]();
  return new Response(locale === null ? csv : withColumnsIn(csv, locale), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
