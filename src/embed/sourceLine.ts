// The one-line source under an embedded graphic, read from the data (build time only): an embed
// travels without the story's source list, so it names where its figures come from.
import type { StoryData } from '../data/readStoryData.ts';
import { intlLocale, type Locale } from '../lib/i18n/locales.ts';
import { listFormat } from '../lib/intlCache.ts';
import type { WidgetName } from '../widgets/registry.ts';
import { marketShareStrings } from '../widgets/market-share/marketShareStrings.ts';
import { embedStrings } from './embedStrings.ts';

/** The qr-flow graphic draws no data file: it follows the press reports of the 2022 trial. */
const qrFlowSourceIds = ['scmp-2022-alipay-wechat', 'chongqing-daily-2022-alipay-wechat', 'pandaily-2022-alipay-wechat'];

const joinList = (items: string[], locale: Locale): string =>
  listFormat(intlLocale[locale], { type: 'conjunction' }).format(items);

/** The publishers cited most often first, each named once. */
function publishersByCitations(sourceIds: string[], data: StoryData): string[] {
  const counts = new Map<string, number>();
  for (const id of sourceIds) {
    const publisher = data.sources.find((source) => source.id === id)?.publisher;
    if (publisher === undefined) throw new Error(`embed source line: no source "${id}" in content/data/sources.json`);
    const name = publisher.replace(/\s*\(.*\)$/, '');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

export function sourceLine(widget: WidgetName, locale: Locale, data: StoryData): string {
  const t = embedStrings[locale];
  const distinct = (ids: string[]) => [...new Set(ids)];
  switch (widget) {
    case 'market-share': {
      // The research firms by the names the chart gives them (易观 and 艾瑞咨询 in Chinese).
      const firms = distinct(data.marketShare.map((row) => marketShareStrings[locale].firm[row.series])).sort();
      const ids = distinct(data.marketShare.flatMap((row) => row.sources));
      return t.marketShareSources(joinList(firms, locale), t.publications(ids.length));
    }
    case 'wechat-users':
      return t.wechatUsersSources(t.publications(distinct(data.wechatUsers.flatMap((row) => row.sources)).length));
    case 'timeline': {
      const ids = data.timeline.flatMap((event) => event.sources);
      return t.timelineSources(t.publications(distinct(ids).length), joinList(publishersByCitations(ids, data).slice(0, 3), locale));
    }
    case 'qr-flow':
      return t.qrFlowSources(joinList(publishersByCitations(qrFlowSourceIds, data), locale));
  }
}
