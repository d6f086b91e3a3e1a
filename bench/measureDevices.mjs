// How the pages hold to the structure their speed rests on, as counts the budgets bound: readers
// see none of it directly, so these are measured here rather than asserted by `npm test`.
import { EAGER_COMPILE_HINT } from '../src/integrations/eagerCompileHint.ts';

/** A phone and a laptop (fluid type sets other sizes on each): the figure is the worse of the two. */
const screens = [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
];

/**
 * Story pages, as they load:
 * - textStyles: faces, sizes and weights of visible text. Each is a font instance the browser builds
 *   before it lays a line out (src/styles/tokens.css). Chinese words (the sources) are left out:
 *   they need a Chinese face whatever the scale.
 * - offscreenLaidOutAtLoad: graphics past the first and source-list entries laid out by the load
 *   event; `content-visibility: auto` leaves them to when the reader nears them or the phone is idle.
 * - scriptRequestsWhileLoading: script files asked for before DOMContentLoaded; the page's own
 *   script is written in the page (src/story/storyPage.ts), widgets come later as islands.
 * @param {import('@playwright/test').Browser} browser @param {string} url
 */
export async function storyLoadDevices(browser, url) {
  const figures = { textStyles: 0, offscreenLaidOutAtLoad: 0, scriptRequestsWhileLoading: 0 };
  for (const viewport of screens) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    let loading = true;
    let scripts = 0;
    page.on('request', (request) => {
      if (loading && request.resourceType() === 'script') scripts += 1;
    });
    page.on('domcontentloaded', () => (loading = false));
    await page.addInitScript(() => {
      addEventListener('load', () => {
        const laidOut = (selector) => [...document.querySelectorAll(selector)].filter((element) => element.checkVisibility({ contentVisibilityAuto: true }));
        window.__laidOutAtLoad = laidOut('.scrolly:not(.scrolly--flat) .graphic figure').slice(1).length + laidOut('.source-list > li > a').length;
      });
    });
    await page.goto(url);
    const styles = await page.evaluate(() => {
      const seen = new Set();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      // A Chinese run in a French or English page is set in the system's CJK face, not ours; the
      // Chinese page is all Chinese, and counted whole.
      const ownScript = document.documentElement.lang.startsWith('zh') ? '' : ', [lang|="zh"]';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!node.textContent?.trim() || !element || element.closest(`svg, script, style, noscript, template${ownScript}`)) continue;
        if (!element.checkVisibility()) continue;
        const style = getComputedStyle(element);
        seen.add(`${style.fontFamily.split(',')[0]} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
      }
      return seen.size;
    });
    const laidOutAtLoad = await page.evaluate(() => window.__laidOutAtLoad);
    await context.close();
    // A measure that finds no text or no load event measured nothing: fail loudly, not 0.
    if (styles === 0 || typeof laidOutAtLoad !== 'number') throw new Error(`${url}: no text styles or no load event measured`);
    figures.textStyles = Math.max(figures.textStyles, styles);
    figures.offscreenLaidOutAtLoad = Math.max(figures.offscreenLaidOutAtLoad, laidOutAtLoad);
    figures.scriptRequestsWhileLoading = Math.max(figures.scriptRequestsWhileLoading, scripts);
  }
  return figures;
}

/**
 * Story pages: widgets hydrated by the time a phone has loaded the page, on the phone whose first
 * view ends on the top edge of the first graphic (about 60 px of it showing). A widget hydrates
 * when the reader reaches it (client:reach, src/widgets/reachDirective.ts), not while the page
 * loads because its edge peeks in.
 * @param {import('@playwright/test').Browser} browser @param {string} url
 */
export async function hydratedOnTheEdgeAtLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const graphic = page.locator('.graphic__live [data-widget]').first();
  // The graphic's place follows the screen's height, so the height is found in a few tries.
  let height = 900;
  for (let tries = 0; tries < 6; tries++) {
    await page.setViewportSize({ width: 412, height });
    await page.goto(url);
    const top = await graphic.evaluate((node) => node.getBoundingClientRect().top + window.scrollY);
    if (top < height && top > height - 120) break;
    height = Math.round(top) + 60;
  }
  await page.goto(url, { waitUntil: 'networkidle' });
  const edgeInView = await graphic.evaluate((node) => node.getBoundingClientRect().top < window.innerHeight);
  const hydrated = await page.locator('astro-island:not([ssr])').count();
  await context.close();
  if (!edgeInView) throw new Error(`${url}: found no screen height that shows the first graphic's top edge`);
  return hydrated;
}

/**
 * Story pages: whether the last widget's code arrives a screen ahead of the reader (client:reach),
 * so the widget can come alive the moment it is reached: 1 if the load already fetched it, 1 more
 * if it is still not fetched with the graphic half a screen below the viewport. At a phone's size.
 * @param {import('@playwright/test').Browser} browser @param {string} url
 */
export async function widgetCodeNotAhead(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const requested = new Set();
  page.on('request', (request) => requested.add(new URL(request.url()).pathname.split('/').pop()));
  await page.goto(url, { waitUntil: 'networkidle' });
  const island = page.locator('astro-island').last();
  const code = (await island.getAttribute('component-url'))?.split('/').pop();
  if (!code) throw new Error(`${url}: no island with its code's address`);
  let misses = requested.has(code) ? 1 : 0;
  // The graphic's top half a screen below the bottom of the viewport: approaching, not reached.
  await island.evaluate((node) => {
    const graphic = node.closest('.graphic__live') ?? node;
    window.scrollTo({ top: graphic.getBoundingClientRect().top + window.scrollY - 1.5 * window.innerHeight, behavior: 'instant' });
  });
  await page.waitForLoadState('networkidle');
  const started = Date.now();
  while (!requested.has(code) && Date.now() - started < 5000) await page.waitForTimeout(100);
  if (!requested.has(code)) misses += 1;
  await context.close();
  return misses;
}

/**
 * Any page, once measured (measurePageBytes):
 * - scriptsWithoutCompileHint: the site's scripts it loaded that lack V8's eager-compile hint
 *   (src/integrations/eagerCompileHint.ts), so compile function by function as the reader acts.
 * - svgIcons: icons it links as SVG, which a phone decodes as a whole document on the main thread.
 * @param {import('@playwright/test').Page} page @param {{ url: string, kind: string, head: Buffer }[]} files
 */
export async function pageDevices(page, files) {
  const scripts = files.filter((file) => file.kind === 'js' && new URL(file.url).pathname.includes('/_astro/'));
  const hint = Buffer.from(EAGER_COMPILE_HINT);
  const svgIcons = await page
    .locator('link[rel~="icon"]')
    .evaluateAll((links) => links.filter((link) => /\.svg\b/i.test(link.getAttribute('href') ?? '') || /svg/i.test(link.getAttribute('type') ?? '')).length);
  return {
    scriptsWithoutCompileHint: scripts.filter((file) => !file.head.subarray(0, hint.length).equals(hint)).length,
    svgIcons,
  };
}
