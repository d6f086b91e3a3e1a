// What every embed page does in the browser, widget or not: take the theme the URL asks for and
// keep the parent page told of its height. Live pages run it from their widget's script (one
// request); static editions from EmbedPageScript.astro.
import { applyEmbedTheme } from './applyEmbedTheme.ts';
import { reportHeightToParent } from './reportHeight.ts';

export function startEmbedPage(): void {
  applyEmbedTheme();
  reportHeightToParent();
}
