// The data behind each graphic as readers download it, and the list of sources their `sources`
// columns name (space-separated ids, as in content/data/). Paths are site-relative; pages link them
// relative to themselves. qr-flow draws no data file: its source line names the reports it follows.
import type { WidgetName } from '../widgets/registry.ts';

export const dataCsvPath: Record<WidgetName, string | null> = {
  'market-share': 'data/market-share.csv',
  'wechat-users': 'data/wechat-users.csv',
  timeline: 'data/timeline.csv',
  'qr-flow': null,
};

/** Every source cited: what each id in a `sources` column stands for. */
export const SOURCES_CSV_PATH = 'data/sources.csv';
