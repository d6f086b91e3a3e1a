// Each widget's own JavaScript in the story: the modules its island loads beyond the shared Svelte
// runtime (the islands' renderer and every module that renderer imports). Widget budgets count
// this. (An embed page loads one script, built for its widget alone: its weight is in the page's
// total.)
import { gzipSync } from 'node:zlib';

const importsOf = (source) => [...source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((match) => match[1]);

/**
 * Follows static imports from `starts`, skipping the URLs in `skip`.
 * @param {import('@playwright/test').Page} page @param {string[]} starts @param {Set<string>} skip
 * @returns {Promise<Map<string, string>>} URL → source of every module reached
 */
async function moduleGraph(page, starts, skip = new Set()) {
  const modules = new Map();
  const queue = [...starts];
  while (queue.length > 0) {
    const url = queue.shift();
    if (modules.has(url) || skip.has(url)) continue;
    const source = await (await page.request.get(url)).text();
    modules.set(url, source);
    for (const specifier of importsOf(source)) queue.push(new URL(specifier, url).href);
  }
  return modules;
}

/**
 * @param {import('@playwright/test').Page} page a story page, loaded (its islands need not have hydrated)
 * @returns {Promise<Record<string, number>>} widget name → gzip bytes of its own modules
 */
export async function widgetJsByWidget(page) {
  const islands = await page.evaluate(() =>
    [...document.querySelectorAll('astro-island[component-url]')].map((island) => ({
      widget: island.closest('[data-graphic]')?.getAttribute('data-graphic') ?? '',
      component: new URL(island.getAttribute('component-url'), document.baseURI).href,
      renderer: new URL(island.getAttribute('renderer-url'), document.baseURI).href,
    })),
  );
  const runtime = new Set((await moduleGraph(page, [...new Set(islands.map((island) => island.renderer))])).keys());
  /** @type {Record<string, number>} */
  const sizes = {};
  for (const { widget, component } of islands) {
    if (widget === '' || sizes[widget] !== undefined) continue;
    const own = await moduleGraph(page, [component], runtime);
    sizes[widget] = [...own.values()].reduce((sum, source) => sum + gzipSync(source, { level: 9 }).length, 0);
  }
  return sizes;
}
