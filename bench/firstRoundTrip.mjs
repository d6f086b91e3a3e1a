// What a phone paints after the first round trip of the HTML: about 14 KB of gzip arrive in the
// first congestion window, the browser parses and paints them as they stream in. A page meets
// the budget when the first view painted from that prefix alone is the one painted from the
// whole page, and nothing in that prefix makes the browser wait for another file (stylesheet or
// classic script). Measured by rendering gzip prefixes of the real response in a real browser.
import { constants, gunzipSync, gzipSync } from 'node:zlib';

/** The phone screens the first view is checked on: the smallest we support, a common one, a tall one. */
export const phoneScreens = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 412, height: 915 },
];

/** The HTML a browser has once it has received the first `gzipBytes` bytes of the gzipped page. */
export function htmlFromGzipPrefix(gzipped, gzipBytes) {
  return gunzipSync(gzipped.subarray(0, gzipBytes), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
}

/** Stylesheets and classic scripts in `html` that hold up painting until they are fetched. */
export function renderBlockingRequests(html) {
  const parsed = html.replace(/<noscript\b[\s\S]*?(<\/noscript>|$)/gi, '');
  const stylesheets = [...parsed.matchAll(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi)].filter(([tag]) => !/\bmedia=["']?print/i.test(tag));
  const scripts = [...parsed.matchAll(/<script\b[^>]*\bsrc=[^>]*>/gi)].filter(([tag]) => !/\b(async|defer)\b|type=["']?module/i.test(tag));
  return [...stylesheets, ...scripts].map(([tag]) => tag);
}

/**
 * Screenshots the first view of `url`, or of the given HTML served in its place, once fonts and
 * every file it asks for have arrived.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url @param {string} [html]
 */
async function firstView(context, url, html) {
  const page = await context.newPage();
  if (html !== undefined) await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const image = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  await page.close();
  return image;
}

/**
 * A fresh context with the phone's screen, and the page's gzip response. Service workers are
 * blocked: one controlling the page would answer its navigation before the prefix could.
 * @param {import('@playwright/test').Browser} browser @param {string} url
 * @param {{ width: number, height: number }} viewport
 */
async function openPhone(browser, url, viewport) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block', reducedMotion: 'reduce' });
  // Web fonts come in requests of their own, never in the first round trip, and with
  // font-display: optional whether a page uses one depends on how fast it came: both paints
  // are compared in the fallback fonts, so only what the HTML brings decides.
  await context.route(/\.woff2?(\?|$)/, (route) => route.abort());
  const response = await context.request.get(url);
  if (!response.ok()) throw new Error(`${url} answered ${response.status()}`);
  return { context, gzipped: gzipSync(await response.body(), { level: 9 }) };
}

/**
 * Whether the first `gzipBytes` bytes of the page's gzip response paint its first view as the
 * whole page does, and which render-blocking files they ask for (there should be none).
 * @param {import('@playwright/test').Browser} browser @param {string} url
 * @param {{ width: number, height: number }} viewport @param {number} gzipBytes
 */
export async function paintsFirstViewFrom(browser, url, viewport, gzipBytes) {
  const { context, gzipped } = await openPhone(browser, url, viewport);
  try {
    const prefix = htmlFromGzipPrefix(gzipped, gzipBytes);
    const whole = await firstView(context, url);
    const partial = await firstView(context, url, prefix);
    return { samePaint: whole.equals(partial), blocking: renderBlockingRequests(prefix), wholeGzip: gzipped.length, screenshots: { whole, partial } };
  } finally {
    await context.close();
  }
}

/**
 * The fewest gzip bytes of the page from which its first view paints as from the whole page
 * (binary search on prefixes, to 256 bytes), plus the gzip bytes of any render-blocking file
 * those bytes ask for.
 * @param {import('@playwright/test').Browser} browser @param {string} url
 * @param {{ width: number, height: number }} viewport
 */
export async function firstRoundTripBytes(browser, url, viewport) {
  const { context, gzipped } = await openPhone(browser, url, viewport);
  try {
    const whole = await firstView(context, url);
    let low = 0;
    let high = gzipped.length;
    while (high - low > 256) {
      const middle = Math.floor((low + high) / 2);
      const partial = await firstView(context, url, htmlFromGzipPrefix(gzipped, middle));
      if (partial.equals(whole)) high = middle;
      else low = middle;
    }
    let blockingGzip = 0;
    for (const tag of renderBlockingRequests(htmlFromGzipPrefix(gzipped, high))) {
      const href = /\b(?:href|src)=["']?([^"' >]+)/i.exec(tag)?.[1];
      if (href) blockingGzip += gzipSync(await (await context.request.get(new URL(href, url).href)).body(), { level: 9 }).length;
    }
    return high + blockingGzip;
  } finally {
    await context.close();
  }
}
