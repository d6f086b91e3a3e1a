// Bytes a reader downloads for one page, by kind, raw and gzip (zlib level 9, what a well-set
// server sends), in two moments: the first view (page loaded, nothing scrolled) and the whole page
// (scrolled to the end so every widget has hydrated). Deterministic: no timing involved.
import { gzipSync } from 'node:zlib';
import { widgetJsByWidget } from './widgetJs.mjs';

/** @param {string} url @param {string} contentType */
export function kindOf(url, contentType = '') {
  const path = new URL(url).pathname;
  if (/\.woff2?$/.test(path) || contentType.startsWith('font/')) return 'fonts';
  if (/\.css$/.test(path) || contentType.startsWith('text/css')) return 'css';
  if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'js';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(path) || contentType.startsWith('image/')) return 'images';
  if (/\.(csv|json)$/.test(path) || contentType.includes('json') || contentType.includes('csv')) return 'data';
  if (contentType.startsWith('text/html') || path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}

const emptyTotals = () => ({ html: 0, css: 0, js: 0, fonts: 0, images: 0, data: 0, other: 0, total: 0 });

/**
 * @param {import('@playwright/test').Page} page a fresh page (empty cache)
 * @param {string} url
 */
export async function measurePageBytes(page, url) {
  /** @type {{ url: string, kind: string, raw: number, gzip: number, phase: string, head: Buffer }[]} */
  const files = [];
  let phase = 'firstView';
  const pending = [];
  page.on('response', (response) => {
    if (response.request().method() !== 'GET' || response.status() !== 200) return;
    pending.push(
      response
        .body()
        .then((body) => {
          files.push({
            url: response.url(),
            kind: kindOf(response.url(), response.headers()['content-type'] ?? ''),
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
            phase,
            // Its first bytes, where a compile hint sits (measureDevices.mjs).
            head: body.subarray(0, 64),
          });
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending.splice(0));
  phase = 'scrolled';
  const graphics = page.locator('.graphic__live');
  for (let index = 0; index < (await graphics.count()); index++) {
    await graphics.nth(index).evaluate((node) => node.scrollIntoView({ block: 'center' }));
    const unhydrated = graphics.nth(index).locator('astro-island[ssr], [data-embed-root]:not([data-hydrated])');
    await unhydrated.first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  }
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await Promise.all(pending.splice(0));

  const raw = emptyTotals();
  const gzip = emptyTotals();
  const firstViewGzip = emptyTotals();
  for (const file of files) {
    raw[file.kind] += file.raw;
    raw.total += file.raw;
    gzip[file.kind] += file.gzip;
    gzip.total += file.gzip;
    if (file.phase === 'firstView') {
      firstViewGzip[file.kind] += file.gzip;
      firstViewGzip.total += file.gzip;
    }
  }
  const firstViewFontsRaw = files.filter((f) => f.phase === 'firstView' && f.kind === 'fonts').reduce((sum, f) => sum + f.raw, 0);
  const widgetJs = await widgetJsByWidget(page);
  return { url, requests: files.length, raw, gzip, firstViewGzip, firstViewFontsRaw, widgetJs, files };
}

/**
 * The JavaScript needed before the story can be read: none if, with JavaScript off, every step
 * of every section is there and visible.
 * @param {import('@playwright/test').Browser} browser @param {string} url
 */
export async function readableWithoutJs(browser, url) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // A story page sends readers without JavaScript to its static edition (<noscript> refresh):
  // what they read is that page. The refresh may land before goto returns, so ask the HTML.
  const redirects = /http-equiv="refresh"/.test(await (await page.request.get(url)).text());
  await page.goto(url);
  if (redirects) await page.waitForURL(/\/static\/$/, { timeout: 10_000 });
  const steps = page.locator('.scrolly-step');
  const count = await steps.count();
  let visible = 0;
  for (let index = 0; index < count; index++) if (await steps.nth(index).isVisible()) visible += 1;
  const sections = await page.locator('section.story__section').count();
  await context.close();
  return count > 0 && visible === count && sections > 0;
}
