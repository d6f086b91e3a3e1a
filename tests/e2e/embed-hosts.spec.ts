// Our embeds on another newsroom's page, on another origin, as a reader's browser shows them: with
// our loader and with a pym.js parent, under a strict Content-Security-Policy, at every width; and
// the loader ignoring every message that is not one of its iframes telling its height.
import type { Frame, Page } from '@playwright/test';
import { responsiveCode } from '../../src/embed/embedCodes.ts';
import { embedPagePath } from '../../src/lib/paths.ts';
import { MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT } from '../../src/lib/embedMessages.ts';
import { embedTitle } from '../../src/embed/embedTitle.ts';
import { localeFolder } from '../../src/lib/i18n/languages.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { embeddableWidgets } from '../../src/widgets/registry.ts';
import {
  expect,
  expectEmbedShown,
  expectFrameToFitContent,
  frameOf,
  recordCspViolations,
  strictCsp,
  test,
  type Origins,
} from '../fixtures/embed-hosts/hosts.ts';

const parents = ['loader', 'pym.js', 'datawrapper', 'amp'] as const;
/** Our own codes are tried at more widths; the other hosts' listeners at a phone's, a column's and a laptop's. */
const widthsFor = (parent: (typeof parents)[number]) => (parent === 'loader' || parent === 'pym.js' ? [320, 480, 768, 1024, 1280, 320] : [320, 800, 1280]);
/**
 * Every host in English; our own codes in Chinese too, whose lines wrap between any two characters
 * and whose heights differ from the Latin editions'.
 */
const hostings: { locale: Locale; parents: readonly (typeof parents)[number][] }[] = [
  { locale: 'en', parents },
  { locale: 'zh', parents: ['loader', 'pym.js'] },
];
/** The players' step buttons, by the name a reader hears. */
const stepButtonName: Partial<Record<Locale, RegExp>> = {
  en: /^(← )?(Previous|Next)( step| period)?( →)?$/,
  zh: /^(← )?(上一步|下一步|上一个|下一个|上一时期|下一时期)( →)?$/,
};

function hostEmbed(parent: (typeof parents)[number], widget: (typeof embeddableWidgets)[number], origins: Origins, locale: Locale = 'en'): string {
  const page = `${origins.siteRoot}${localeFolder(locale)}embed/${widget}/`;
  switch (parent) {
    case 'loader':
      return responsiveCode({ siteRoot: origins.siteRoot, widget, locale, title: embedTitle(widget, locale) });
    case 'pym.js':
      // How a pym.js newsroom embeds a child: auto-initialised from data-pym-src.
      return `<div id="pym-graphic" data-pym-src="${page}"></div>\n<script src="/pym.v1.js"></script>`;
    // A plain iframe of our page, on a page whose own script listens in another protocol.
    case 'datawrapper':
      return `<iframe src="${page}" title="${embedTitle(widget, locale)}" scrolling="no" width="100%" frameborder="0" height="400"></iframe>\n<script src="/datawrapper-listener.js"></script>`;
    case 'amp':
      return `<iframe src="${page}" title="${embedTitle(widget, locale)}" scrolling="no" width="100%" frameborder="0" height="400"></iframe>\n<script src="/amp-listener.js"></script>`;
  }
}

for (const { locale, parents } of hostings) {
  for (const widget of embeddableWidgets) {
    for (const parent of parents) {
      test(`${widget} (${locale}) with a ${parent} parent on another origin: appears, and its iframe follows the content from 320 to 1280 px`, async ({ page, origins, serveHostPages }, testInfo) => {
        const widths = widthsFor(parent);
        const violations = await recordCspViolations(page);
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        const urls = serveHostPages({
          host: { embed: hostEmbed(parent, widget, origins, locale), csp: strictCsp(origins.embedOrigin, parent !== 'loader') },
        });
        await page.setViewportSize({ width: widths[0]!, height: 800 });
        await page.goto(urls.host!);

        const iframe = page.locator('iframe');
        await expect(iframe).toHaveCount(1);
        await iframe.scrollIntoViewIfNeeded();
        await expectEmbedShown(await frameOf(iframe), embedTitle(widget, locale));

        const heights: number[] = [];
        for (const width of widths) {
          await page.setViewportSize({ width, height: 800 });
          heights.push((await expectFrameToFitContent(iframe, `${widget} in a ${width} px page`)).frameHeight);
        }
        testInfo.annotations.push({ type: 'iframe heights', description: `${widths.join('/')} px wide: ${heights.join('/')} px tall` });
        // The content's height changed with the width, and the frame followed it each time.
        expect(new Set(heights).size).toBeGreaterThan(1);
        expect(await violations()).toEqual([]);
        const foreign = requests.filter((url) => ![origins.embedOrigin, origins.hostOrigin].includes(new URL(url).origin) && !url.startsWith('data:'));
        expect(foreign).toEqual([]);
      });
    }
  }
}

// WordPress frames every oEmbed iframe in sandbox="allow-scripts": the embed gets an opaque origin,
// from which our own server's files are cross-origin requests, and nginx sends no CORS headers.
for (const locale of ['en', 'zh'] as const) for (const widget of embeddableWidgets) {
  test(`${widget} (${locale}) comes alive in a sandboxed iframe, with a plain server and no CORS`, async ({ page, origins, serveHostPages }) => {
    const embedPage = `${origins.siteRoot}${localeFolder(locale)}embed/${widget}/`;
    const urls = serveHostPages({
      host: {
        embed: `<iframe sandbox="allow-scripts" src="${embedPage}" title="${embedTitle(widget, locale)}" width="100%" frameborder="0" height="400"></iframe>\n<script src="/datawrapper-listener.js"></script>`,
        csp: strictCsp(origins.embedOrigin, true),
      },
    });
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(urls.host!);
    const iframe = page.locator('iframe');
    await iframe.scrollIntoViewIfNeeded();
    const frame = await frameOf(iframe);
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    await expectEmbedShown(frame, embedTitle(widget, locale));
    await expectFrameToFitContent(iframe, `${widget} (${locale}) in a sandbox`);
    // A control changes what the graphic shows: it is alive, not a static picture.
    const root = frame.locator('[data-embed-root]');
    const before = await root.innerHTML();
    // A step away from the one the embed opened on (the players' previous and next, the timeline's
    // periods: an embed opens on its fullest state, often the last), else a view not shown yet.
    const stepButton = root.getByRole('button', { name: stepButtonName[locale]! });
    const enabled = root.locator('button:enabled');
    const stepper = stepButton.and(enabled);
    await ((await stepper.count()) > 0 ? stepper : root.locator('button[aria-pressed="false"]').and(enabled)).first().click();
    await expect.poll(() => root.innerHTML()).not.toBe(before);
    if (widget === 'timeline') {
      // The events' descriptions come later, in a file of their own: they arrive in a sandbox too.
      await root.locator('g.tl-event:not(.is-out)').first().press('Enter');
      await expect(root.locator('.tl-card__text').first()).toHaveText(/\S{3,}.*\S{3,}/);
      await expect(root.locator('.tl-card__missing')).toHaveCount(0);
    }
  });
}

/** What an embed page keeps in the browser; storage the browser refuses to a frame counts as none. */
async function keptBy(frame: Frame) {
  return frame.evaluate(async () => {
    const count = (read: () => number) => {
      try {
        return read();
      } catch {
        return 0; // Chromium denies storage to third-party frames here: nothing can be kept.
      }
    };
    return {
      cookie: document.cookie,
      localStorage: count(() => localStorage.length),
      sessionStorage: count(() => sessionStorage.length),
      indexedDB: (await indexedDB.databases().catch(() => [])).length,
      caches: (await caches.keys().catch(() => [])).length,
      serviceWorkers: (await navigator.serviceWorker.getRegistrations().catch(() => [])).length,
    };
  });
}
const keepsNothing = { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 };

test('the embeds set no cookie, keep no storage and register no service worker, alone or in a host page', async ({ page, context, origins, serveHostPages }) => {
  const setCookies: string[] = [];
  page.on('response', async (response) => {
    const cookie = await response.headerValue('set-cookie');
    if (cookie !== null) setCookies.push(`${response.url()}: ${cookie}`);
  });
  // First party, where the browser would allow storage: the embed page opened by itself.
  for (const widget of embeddableWidgets) {
    await page.goto(embedPagePath(widget, 'en'));
    await expectEmbedShown(page.mainFrame(), embedTitle(widget, 'en'));
    await page.waitForLoadState('load');
    expect(await keptBy(page.mainFrame()), widget).toEqual(keepsNothing);
  }
  // Third party, all four in one host page.
  const embeds = embeddableWidgets.map((widget) => hostEmbed('loader', widget, origins)).join('\n');
  const urls = serveHostPages({ host: { embed: embeds, csp: strictCsp(origins.embedOrigin) } });
  await page.goto(urls.host!);
  const iframes = page.locator('iframe');
  await expect(iframes).toHaveCount(embeddableWidgets.length);
  for (const [index, widget] of embeddableWidgets.entries()) {
    const iframe = iframes.nth(index);
    await iframe.scrollIntoViewIfNeeded();
    const frame = await frameOf(iframe);
    await expectEmbedShown(frame, embedTitle(widget, 'en'));
    expect(await keptBy(frame), widget).toEqual(keepsNothing);
  }
  expect(await context.cookies()).toEqual([]);
  expect(setCookies).toEqual([]);
});

/** Records every height the loader gives the iframe from now on, and every marker message. */
async function recordFrameHeights(page: Page): Promise<{ heights: () => Promise<string[]>; waitForMarker: (marker: string) => Promise<void> }> {
  await page.evaluate(() => {
    const iframe = document.querySelector('iframe')!;
    const record = window as unknown as { __heights: string[]; __markers: string[] };
    record.__heights = [];
    record.__markers = [];
    new MutationObserver(() => record.__heights.push(iframe.style.height)).observe(iframe, { attributes: true, attributeFilter: ['style', 'height'] });
    window.addEventListener('message', (event) => {
      if (typeof event.data === 'string' && event.data.endsWith('-done')) record.__markers.push(event.data);
    });
  });
  return {
    heights: () => page.evaluate(() => (window as unknown as { __heights: string[] }).__heights),
    waitForMarker: (marker) => expect.poll(() => page.evaluate(() => (window as unknown as { __markers: string[] }).__markers)).toContain(marker).then(() => undefined),
  };
}

test.describe('the loader ignores forged messages', () => {
  test.beforeEach(async ({ page, origins, serveHostPages }) => {
    // No CSP here: the test adds frames from the host's own origin.
    const urls = serveHostPages({ host: { embed: hostEmbed('loader', 'wechat-users', origins) } });
    await page.goto(urls.host!);
    const iframe = page.locator('iframe');
    await expectEmbedShown(await frameOf(iframe), embedTitle('wechat-users', 'en'));
    await expectFrameToFitContent(iframe, 'before forging');
  });

  const childIdOf = (page: Page) => page.locator('iframe').evaluate((iframe: HTMLIFrameElement) => new URL(iframe.src).searchParams.get('childId')!);

  test('from the wrong window: the host page itself, or a frame of another origin', async ({ page, origins }) => {
    const childId = await childIdOf(page);
    const recorder = await recordFrameHeights(page);
    // A well-formed message with the right child id, posted by the host page's own window.
    await page.evaluate((id) => {
      window.postMessage(['pym', id, 'height', '333'].join('xPYMx'), '*');
      window.postMessage('host-done', '*');
    }, childId);
    await recorder.waitForMarker('host-done');
    // The same from a sibling frame on the host's origin.
    await page.evaluate(
      ({ url }) => {
        const forger = document.createElement('iframe');
        forger.src = url;
        document.body.append(forger);
      },
      { url: `${origins.hostOrigin}/forger.html?childId=${childId}&height=444` },
    );
    await recorder.waitForMarker('forger-done');
    expect(await recorder.heights()).toEqual([]);
  });

  test('from our iframe: wrong shape, wrong child id, another type, absurd heights', async ({ page }) => {
    const childId = await childIdOf(page);
    const recorder = await recordFrameHeights(page);
    const frame = await frameOf(page.locator('iframe'));
    await frame.evaluate((id) => {
      const forged: unknown[] = [
        { height: 333 },
        JSON.stringify({ type: 'height', value: 333 }),
        ['pym', 'someone-else', 'height', '333'].join('xPYMx'),
        ['pym', id, 'navigateTo', 'https://example.com/'].join('xPYMx'),
        ['pym', id, 'height', '333', 'more'].join('xPYMx'),
        ['PYM', id, 'height', '333'].join('xPYMx'),
        ...['99999999', '100001', '-333', '1e3', 'Infinity', 'NaN', '', ' 333', '333px', '0x14d', '333;'].map((h) => ['pym', id, 'height', h].join('xPYMx')),
        `${['pym', id, 'height', '333'].join('xPYMx')}${' '.repeat(300)}`,
      ];
      for (const message of forged) parent.postMessage(message, '*');
      parent.postMessage('frame-done', '*');
    }, childId);
    await recorder.waitForMarker('frame-done');
    expect(await recorder.heights()).toEqual([]);

    // The same channel with a valid message does change the height: the check above can fail.
    await frame.evaluate((id) => parent.postMessage(['pym', id, 'height', '777'].join('xPYMx'), '*'), childId);
    await expect.poll(() => recorder.heights()).toEqual(['777px']);
    // Valid but out-of-range heights are clamped.
    await frame.evaluate((id) => parent.postMessage(['pym', id, 'height', '3'].join('xPYMx'), '*'), childId);
    await expect.poll(() => recorder.heights()).toEqual(['777px', `${MIN_FRAME_HEIGHT}px`]);
    await frame.evaluate((id) => parent.postMessage(['pym', id, 'height', '90000'].join('xPYMx'), '*'), childId);
    await expect.poll(() => recorder.heights()).toEqual(['777px', `${MIN_FRAME_HEIGHT}px`, `${MAX_FRAME_HEIGHT}px`]);
  });

  test('from our iframe window once it shows a page of another origin', async ({ page, origins }) => {
    const childId = await childIdOf(page);
    const recorder = await recordFrameHeights(page);
    // The iframe element (and its contentWindow) stays the loader's; only the origin changes.
    const frame = await frameOf(page.locator('iframe'));
    await frame.evaluate((url) => window.location.assign(url), `${origins.hostOrigin}/forger.html?childId=${childId}&height=555`);
    await recorder.waitForMarker('forger-done');
    expect(await recorder.heights()).toEqual([]);
  });
});

test('the embed tells its height to its parent only, never to the top page', async ({ page, origins, serveHostPages }) => {
  // A host page that itself sits in an iframe of another page: the loader runs in the inner one.
  const { inner } = serveHostPages({ inner: { embed: hostEmbed('loader', 'wechat-users', origins) } });
  const { outer } = serveHostPages({ outer: { embed: `<iframe src="${inner}" title="Inner host page" width="700" height="900"></iframe>` } });
  await page.addInitScript(() => {
    if (window !== window.top) return;
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    window.addEventListener('message', (event) => heard.push(String(event.data)));
  });
  await page.goto(outer!);
  const innerFrame = await frameOf(page.locator('iframe'));
  const embed = innerFrame.locator('iframe');
  await expectEmbedShown(await frameOf(embed), embedTitle('wechat-users', 'en'));
  await expectFrameToFitContent(embed, 'embed in a nested host page');
  expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
});
