// The contract between an embed page's markup (EmbedRoot.astro) and its script (hydrateEmbed.ts).
import type { WidgetName } from '../widgets/registry.ts';

/** Set on the root once the widget has hydrated: tests and the benchmark wait for it. */
export const HYDRATED_ATTRIBUTE = 'data-hydrated';

export const embedRootSelector = (widget: WidgetName): string => `[data-embed-root="${widget}"]`;
export const embedPropsSelector = (widget: WidgetName): string => `script[data-embed-props="${widget}"]`;

/**
 * Where the page finds the widget's script. The build writes a placeholder that embedBundles
 * replaces with the fingerprinted file; the dev server serves the entry module itself.
 */
export const embedScriptSrc = (widget: WidgetName, dev: boolean): string =>
  dev ? `/src/embed/entries/${widget}.ts` : embedScriptPlaceholder(widget);

export const embedScriptPlaceholder = (widget: WidgetName): string => `/_astro/__embed-script__${widget}.js`;
