// A reader on a train: after one visit, the story in the reader's language works with the server
// out of reach; the copy costs little (this language only, within its budget), respects
// Save-Data, and a new build fetches only the files that changed. Each test runs its own nginx on
// a private copy of dist/, logging what it sends, so it can cut the network or deploy a new build.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startNginx } from '../support/nginx.mjs';
import { expectHydrated } from '../support/hydrate.ts';

const subPath = '/graphics/2022/alipay-wechat/';
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));

async function privateSite(portOffset: number) {
  const dist = mkdtempSync(join(tmpdir(), 'dist-copy-'));
  cpSync(process.env.DIST_DIR ?? 'dist', dist, { recursive: true });
  const log = join(dist, '..', `${portOffset}-access.log`);
  writeFileSync(log, '');
  const port = Number(process.env.E2E_PORT ?? 4321) + portOffset;
  const server = await startNginx({ dist, port, prefixes: [subPath], accessLog: log });
  // The start-up check's request is no reader's: once nginx has logged it, start afresh.
  await expect.poll(() => readFileSync(log, 'utf8')).not.toBe('');
  writeFileSync(log, '');
  /** What the server sent since the log was last cleared: path under the site, status, bytes. */
  const sent = () =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [status, bytes, uri] = line.split(' ');
        return { status: Number(status), bytes: Number(bytes), path: uri!.slice(subPath.length).replace(/\?.*$/, '') };
      });
  return { dist, server, root: `http://127.0.0.1:${port}${subPath}`, sent, clearLog: () => writeFileSync(log, '') };
}

/** The control at the foot of the page says the copy is made once the worker is active. */
async function waitForOfflineCopy(page: Page) {
  await expect(page.locator('[data-offline-status]')).toHaveText(/without a connection|sans connexion/, { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 }).toBe('activated');
}

/** Every URL the page's caches hold, relative to the site. */
const cachedPaths = (page: Page, root: string) =>
  page.evaluate(async (prefix) => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls.map((url) => url.slice(prefix.length).replace(/\?.*$/, ''));
  }, root);

async function stepMovesGraphic(page: Page) {
  const widget = page.locator('section#trial .graphic__live [data-widget]');
  await widget.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await page.locator('section#trial .scrolly-step').nth(2).evaluate((step) => {
    window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
  });
  await expect(widget).toHaveAttribute('data-state', '2');
}

/** The timeline fetches its descriptions when the reader reaches for an event: offline too. */
async function timelineCardReads(page: Page) {
  const live = page.locator('.graphic__live').filter({ has: page.locator('g.tl-event') }).first();
  const mark = live.locator('g.tl-event:not(.is-out)').first();
  await mark.scrollIntoViewIfNeeded();
  // Before it hydrates the mark is only its server-drawn picture, and a tap does nothing.
  await expectHydrated(live);
  await mark.click();
  await expect(page.locator('.graphic__live .tl-card__text').first()).toHaveText(/\S{3,}.*\S{3,}/);
  await expect(page.locator('.graphic__live .tl-card__missing')).toHaveCount(0);
}

test('one visit keeps the story in its language offline, within budget, and nothing of the other language', async ({ page }) => {
  test.setTimeout(120_000);
  const site = await privateSite(51);
  try {
    await page.goto(`${site.root}en/`);
    await waitForOfflineCopy(page);
    const sent = site.sent();
    const paths = sent.map((entry) => entry.path);
    expect(paths).toContain('en/static/');
    expect(paths).toContain('data/timeline-en-story.js');
    expect(paths.filter((path) => path === '' || path === 'static/' || /^embed\/|^en\/embed\/|-fr-/.test(path))).toEqual([]);
    const cached = await cachedPaths(page, site.root);
    expect(cached).toEqual(expect.arrayContaining(['en/', 'en/static/']));
    expect(cached.filter((path) => !path.startsWith('en/') && !/^(_astro|data)\/|\.(css|png)$/.test(path))).toEqual([]);
    // Everything the first visit cost, page and background copy together, as the server sent it.
    const bytes = sent.reduce((sum, entry) => sum + entry.bytes, 0);
    console.log(`offline first visit (en): ${sent.length} responses, ${(bytes / 1024).toFixed(1)} KB sent`);
    expect(bytes).toBeLessThanOrEqual(budgets.story.offlineFirstVisitGzip);
    // A page visited later is kept as it is visited.
    await page.goto(`${site.root}en/embed/wechat-users/?theme=dark`);
    await expect(page.locator('[data-widget="wechat-users"]')).toBeVisible();
  } finally {
    await site.server.stop();
  }
  for (const path of ['en/', 'en/static/']) {
    const response = await page.goto(`${site.root}${path}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('section.story__section')).not.toHaveCount(0);
  }
  await page.goto(`${site.root}en/`);
  await stepMovesGraphic(page);
  await timelineCardReads(page);
  await page.goto(`${site.root}en/embed/wechat-users/?theme=dark`);
  await expect(page.locator('[data-widget="wechat-users"]')).toBeVisible();
});

test('a new build fetches only the files that changed, and an open page keeps its own build', async ({ page, context }) => {
  test.setTimeout(120_000);
  const site = await privateSite(52);
  let stopped = false;
  try {
    await page.goto(site.root);
    await waitForOfflineCopy(page);

    // The "new build": one changed file, the static edition, and the worker that lists its new revision.
    const staticPage = join(site.dist, 'static', 'index.html');
    writeFileSync(staticPage, readFileSync(staticPage, 'utf8').replace('</h1>', ' <span id="new-build">2</span></h1>'));
    const worker = join(site.dist, 'sw.js');
    const rewritten = readFileSync(worker, 'utf8').replace(/(url:"static\/",revision:")[0-9a-f]+"/, '$1feedfacefeedface"');
    expect(rewritten).toContain('feedfacefeedface');
    writeFileSync(worker, rewritten);
    site.clearLog();

    // The browser checks for a new worker when asked (and on its own schedule): ask until it is there.
    const newWorker = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        if (registration && !registration.installing && !registration.waiting) await registration.update().catch(() => undefined);
        return registration?.waiting?.state ?? null;
      });
    await expect.poll(newWorker, { timeout: 30_000 }).toBe('installed');
    expect([...new Set(site.sent().map((entry) => entry.path))].sort()).toEqual(['static/', 'sw.js']);

    // The open page stays with the build it was loaded with; once it is closed, the new build takes over.
    // (Watched from a page of the same server outside the worker's scope, which no worker controls.)
    await page.close();
    const next = await context.newPage();
    await next.goto(new URL('/', site.root).href);
    const waiting = () =>
      next.evaluate(async (scope) => {
        const registration = await navigator.serviceWorker.getRegistration(scope);
        return registration === undefined ? 'no worker' : registration.waiting ? 'waiting' : 'taken over';
      }, site.root);
    await expect.poll(waiting, { timeout: 30_000 }).toBe('taken over');
    await site.server.stop();
    stopped = true;
    await next.goto(`${site.root}static/`);
    await expect(next.locator('#new-build')).toHaveCount(1);
  } finally {
    if (!stopped) await site.server.stop();
  }
});

test('with Save-Data, nothing is copied until the reader asks, and the control says what it costs', async ({ page }) => {
  test.setTimeout(120_000);
  const site = await privateSite(53);
  try {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) });
    });
    await page.goto(site.root);
    const ask = page.getByRole('button', { name: /Garder ce récit pour le lire hors ligne \(\d+\s?ko\)/ });
    await expect(ask).toBeVisible();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) ?? null)).toBeNull();
    expect(site.sent().map((entry) => entry.path)).not.toContain('static/');

    await ask.click();
    await waitForOfflineCopy(page);
    expect(site.sent().map((entry) => entry.path)).toContain('static/');
  } finally {
    await site.server.stop();
  }
  const response = await page.goto(`${site.root}static/`);
  expect(response?.status()).toBe(200);
});
