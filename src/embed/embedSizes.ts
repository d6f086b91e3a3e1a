// The height of the plain <iframe> code, per widget: enough for the whole graphic at a usual
// column width (about 600 px), so a CMS that strips scripts still shows it without cutting it.
// The responsive code starts at the same height and then follows the content. Measured by
// tests/e2e/embed-index.spec.ts, which fails if a widget outgrows its number.
import type { WidgetName } from '../widgets/registry.ts';

// Content heights at 640 px, French / English, when measured: qr-flow 889/889, market-share
// 1042/1021, timeline 761/761, wechat-users 676 in French (with its controls and the credit line). Each number leaves some room for edits.
export const fixedFrameHeight: Record<WidgetName, number> = {
  'qr-flow': 940,
  'market-share': 1100,
  timeline: 820,
  'wechat-users': 720,
};
