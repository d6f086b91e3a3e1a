// The markup a widget renders for a page that hydrates it itself (an embed page, HydrationRoot.astro)
// and what that page's script looks for (src/embed/hydrateEmbed.ts).
import type { WidgetName } from './registry.ts';

/** Set on the root once the widget has hydrated: tests and the benchmark wait for it. */
export const HYDRATED_ATTRIBUTE = 'data-hydrated';

export const hydrationRootSelector = (widget: WidgetName): string => `[data-embed-root="${widget}"]`;
export const hydrationPropsSelector = (widget: WidgetName): string => `script[data-embed-props="${widget}"]`;
