// The site's widgets: adding one is its folder under src/widgets/ (with a widget.ts describing it,
// see widgetContract.ts) and its line in this list. Build time only; the browser gets what it needs
// of them written in the page (the embed index) or in its script (the loader).
import { widget as marketShare } from './market-share/widget.ts';
import { widget as qrFlow } from './qr-flow/widget.ts';
import { widget as timeline } from './timeline/widget.ts';
import { widget as wechatUsers } from './wechat-users/widget.ts';

export const widgets = [qrFlow, marketShare, timeline, wechatUsers] as const;

export type WidgetName = (typeof widgets)[number]['name'];
export type Widget = (typeof widgets)[number];

export const embeddableWidgets: readonly WidgetName[] = widgets.map((widget) => widget.name);

/** Whether a name read from a page or a URL is one of the widgets. */
export const isWidgetName = (name: unknown): name is WidgetName => (embeddableWidgets as readonly unknown[]).includes(name);

export function widgetNamed(name: WidgetName): Widget {
  const widget = widgets.find((candidate) => candidate.name === name);
  if (widget === undefined) throw new Error(`no widget "${name}" in src/widgets/registry.ts`);
  return widget;
}
