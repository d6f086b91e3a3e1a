// Brings an embed page's widget to life. Each embed page loads one script built for its widget
// alone (see src/integrations/embedBundles.ts): the Svelte runtime in it holds only what that
// widget uses, and no island loader is needed, which keeps embeds inside their weight budget.
import { hydrate, type Component } from 'svelte';
import type { WidgetName } from '../widgets/registry.ts';
import { HYDRATED_ATTRIBUTE, hydrationPropsSelector, hydrationRootSelector } from '../widgets/hydrationRoot.ts';
import { startEmbedPage } from './startEmbedPage.ts';

/**
 * Starts the embed page (theme, height), then hydrates the server-rendered widget in place with the
 * props the page wrote for it. If that fails, the server render stays as it is: the reader keeps a
 * static picture, never a blank box.
 */
export function hydrateEmbed(widget: WidgetName, component: Component<never>): void {
  startEmbedPage();
  const target = document.querySelector(hydrationRootSelector(widget));
  const propsElement = document.querySelector(hydrationPropsSelector(widget));
  if (target === null || propsElement?.textContent == null) return;
  try {
    const props = JSON.parse(propsElement.textContent) as never;
    // recover: false keeps the server render if the markup does not match, instead of emptying it.
    hydrate(component, { target, props, recover: false });
    target.setAttribute(HYDRATED_ATTRIBUTE, '');
  } catch (error) {
    console.warn(`${widget}: the widget could not start; its static picture stays.`, error);
  }
}
