// The operator's view: dist/ copied under a sub-path of a real nginx, with no network around it.
import { get } from 'node:http';
import { expect, test, type BrowserContext } from '@playwright/test';
import { hydrateEveryGraphic } from '../support/hydrate.ts';
import { trackRequests } from '../support/network.ts';

/** Raw response headers, as nginx sent them (Playwright's request API decodes gzip for us). */
function headersOf(url: string): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
      response.resume();
      resolve(response.headers);
    }).on('error', reject);
  });
}

const subPaths = ['/graphics/2022/alipay-wechat/', '/news/interactive/alipay/'];

/** Blocks and records every request that leaves the site's origin. */
async function fenceOrigin(context: BrowserContext, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return foreign;
}

for (const subPath of subPaths) {
  test(`under ${subPath}: every page, asset and embed loads, and nothing leaves the origin`, async ({ page, context, baseURL }) => {
    test.setTimeout(180_000);
    const origin = new URL(baseURL!).origin;
    const root = `${origin}${subPath}`;
    const foreign = await fenceOrigin(context, origin);
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      if (request.url().startsWith(origin)) failures.push(`failed ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('request', (request) => {
      if (request.url().startsWith(origin) && !request.url().startsWith(root)) failures.push(`outside the sub-path: ${request.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`console: ${message.text()}`);
    });

    const network = trackRequests(page);
    const queue = [root];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await hydrateEveryGraphic(page);
      // Live embed previews load lazily in iframes: bring each into view and let it load, so
      // leaving the page does not abort one.
      const frames = page.locator('iframe');
      for (let index = 0; index < (await frames.count()); index++) {
        await frames.nth(index).scrollIntoViewIfNeeded();
        await (await frames.nth(index).elementHandle())?.contentFrame().then((frame) => frame?.waitForLoadState('load'));
      }
      await network.settled();
      const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      for (const link of links) {
        const target = link.split('#')[0]!;
        if (target.startsWith(root) && !seen.has(target) && !/\.(csv|json|png|svg|xml|txt)$/.test(target)) {
          seen.add(target);
          queue.push(target);
        }
        if (link.startsWith(origin) && !link.startsWith(root)) failures.push(`link outside the sub-path: ${link} on ${url}`);
      }
    }
    // The story in both languages and the four embeds in both languages, at least.
    expect(seen.size).toBeGreaterThanOrEqual(10);
    expect(failures).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('nginx serves pages revalidated, assets immutable, both compressed, with security headers', async ({ request, baseURL }) => {
  const base = subPaths[0]!;
  const origin = new URL(baseURL!).origin;
  const page = await request.get(`${base}en/`);
  expect(page.status()).toBe(200);
  const headers = await headersOf(`${origin}${base}en/`);
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-encoding']).toBe('gzip');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  const html = await page.text();
  const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
  expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
  expect(csp).not.toContain("'unsafe-inline'; ");
  expect(csp.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');

  // The Svelte runtime: large enough to be worth compressing.
  const asset = html.match(/renderer-url="\.\.\/(_astro\/[^"]+\.js)"/)?.[1];
  expect(asset).toBeTruthy();
  const script = await headersOf(`${origin}${base}${asset}`);
  expect(script['cache-control']).toContain('immutable');
  expect(script['content-encoding']).toBe('gzip');

  const embed = await request.get(`${base}embed/wechat-users/`);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
});
