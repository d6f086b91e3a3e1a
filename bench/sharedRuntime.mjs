// Which of a page's scripts are the shared Svelte runtime rather than a widget's own code: the
// renderer module of its islands and every module that renderer imports. Widget budgets count
// what is left ("widget JavaScript beyond the shared runtime").

const importsOf = (source) => [...source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((match) => match[1]);

/**
 * @param {import('@playwright/test').Page} page a page with Astro islands, loaded
 * @returns {Promise<Set<string>>} absolute URLs of the runtime's modules
 */
export async function sharedRuntimeUrls(page) {
  const renderers = await page.evaluate(() =>
    [...new Set([...document.querySelectorAll('astro-island[renderer-url]')].map((island) => new URL(island.getAttribute('renderer-url'), document.baseURI).href))],
  );
  const runtime = new Set();
  const queue = [...renderers];
  while (queue.length > 0) {
    const url = queue.shift();
    if (runtime.has(url)) continue;
    runtime.add(url);
    const response = await page.request.get(url);
    for (const specifier of importsOf(await response.text())) queue.push(new URL(specifier, url).href);
  }
  return runtime;
}

/**
 * @param {{ url: string, kind: string, gzip: number }[]} files what the page loaded
 * @param {Set<string>} runtime from sharedRuntimeUrls
 */
export const widgetJsGzip = (files, runtime) =>
  files.filter((file) => file.kind === 'js' && !runtime.has(file.url)).reduce((sum, file) => sum + file.gzip, 0);
