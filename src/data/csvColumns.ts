// The columns of the downloadable CSVs, named in the reader's language where the data's own names
// (English, as in content/data/) would be foreign to them. Only the header row changes: ids, dates,
// numbers and codes in the rows stay as they are, so the files of every language hold the same data.
import type { Locale } from '../lib/i18n/locales.ts';

const zh: Record<string, string> = {
  // market-share.csv
  series: '研究机构',
  period: '季度',
  metric: '口径',
  alipay: '支付宝',
  tenpay: '财付通（微信支付）',
  others: '其他',
  derived: '由我们计算的数值',
  // wechat-users.csv
  mau_millions: '月活跃账户数（百万）',
  bound: '下限',
  // timeline.csv
  id: '编号',
  date: '日期',
  end_date: '结束日期',
  precision: '日期精度',
  kind: '类型',
  actors: '主体',
  label_en: '标题（英文）',
  label_fr: '标题（法文）',
  label_zh: '标题（中文）',
  description_en: '说明（英文）',
  description_fr: '说明（法文）',
  description_zh: '说明（中文）',
  // sources.csv
  publisher: '发布者',
  title: '标题',
  url: '网址',
  read_via: '转载网站',
  read_via_url: '转载网址',
  // in several files
  sources: '来源',
  confidence: '可信度',
  note: '备注',
};

const translated: Partial<Record<Locale, Record<string, string>>> = { zh };

/** The column names of a language, or null where it reads the data's own. */
export const columnsIn = (locale: Locale): Record<string, string> | null => translated[locale] ?? null;

/** The CSV with its header row in the language's column names; a column without one fails the build. */
export function withColumnsIn(csv: string, locale: Locale): string {
  const names = columnsIn(locale);
  if (names === null) return csv;
  const end = csv.indexOf('\n');
  const eol = csv[end - 1] === '\r' ? '\r' : '';
  const renamed = csv.slice(0, end - eol.length).split(',').map((column) => {
    const name = names[column];
    if (name === undefined) throw new Error(`csvColumns.ts: no ${locale} name for the CSV column "${column}"`);
    return name;
  });
  return `${renamed.join(',')}${csv.slice(end - eol.length)}`;
}
