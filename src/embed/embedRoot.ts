// Where an embed page finds its widget's script. The build writes a placeholder that embedBundles
// replaces with the fingerprinted file.
import type { WidgetName } from '../widgets/registry.ts';

export const embedScriptPlaceholder = (widget: WidgetName): string => `/_astro/__embed-script__${widget}.js`;
