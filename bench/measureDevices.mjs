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
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!node.textContent?.trim() || !element || element.closest('svg, script, style, noscript, template, [lang|="zh"]')) continue;
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
