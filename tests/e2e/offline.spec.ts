// A reader on a train: after one visit, the story and its widgets work with the server out of
// reach, and a new build replaces the old offline copy completely. Each test runs its own nginx
// on a private copy of dist/, so it can cut the network (stop the server) or deploy a new build.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startNginx } from '../support/nginx.mjs';
import { expectHydrated } from '../support/hydrate.ts';

const subPath = '/graphics/2022/alipay-wechat/';

async function privateSite(portOffset: number) {
  const dist = mkdtempSync(join(tmpdir(), 'dist-copy-'));
  cpSync(process.env.DIST_DIR ?? 'dist', dist, { recursive: true });
  const port = Number(process.env.E2E_PORT ?? 4321) + portOffset;
  const server = await startNginx({ dist, port, prefixes: [subPath] });
  return { dist, server, root: `http://127.0.0.1:${port}${subPath}` };
}

/** Waits until the worker controls the page, and returns the names of the caches it filled. */
async function waitForOfflineCopy(page: Page): Promise<string[]> {
  const state = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { active: registration?.active?.state ?? null, controlled: navigator.serviceWorker.controller !== null };
    });
  await expect.poll(state, { timeout: 30_000 }).toEqual({ active: 'activated', controlled: true });
  return page.evaluate(() => caches.keys());
}

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

test('after one visit, both languages and the embeds reload with the server gone', async ({ page }) => {
  test.setTimeout(120_000);
  const site = await privateSite(51);
  try {
    await page.goto(site.root);
    expect(await waitForOfflineCopy(page)).toHaveLength(1);
  } finally {
    await site.server.stop();
  }
  for (const path of ['', 'en/']) {
    const response = await page.goto(`${site.root}${path}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('section.story__section')).not.toHaveCount(0);
    await stepMovesGraphic(page);
    await timelineCardReads(page);
  }
  await page.goto(`${site.root}en/embed/wechat-users/?theme=dark`);
  await expect(page.locator('[data-widget="wechat-users"]')).toBeVisible();
  await page.goto(`${site.root}embed/timeline/`);
  await timelineCardReads(page);
});

test('a new build replaces the old offline copy cleanly', async ({ page }) => {
  test.setTimeout(120_000);
  const site = await privateSite(52);
  let stopped = false;
  try {
    await page.goto(site.root);
    const [oldCache] = await waitForOfflineCopy(page);

    // The "new build": a changed page and, as every build does, a new worker version.
    const index = join(site.dist, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</h1>', ' <span id="new-build">2</span></h1>'));
    const worker = join(site.dist, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));

    await page.goto(site.root);
    await expect(page.locator('#new-build')).toHaveCount(1);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const cachesNow = () => page.evaluate(() => caches.keys());
    await expect.poll(cachesNow, { timeout: 30_000 }).toEqual([expect.not.stringMatching(`^${oldCache}$`)]);
    await site.server.stop();
    stopped = true;
    await page.reload();
    await expect(page.locator('#new-build')).toHaveCount(1);
  } finally {
    if (!stopped) await site.server.stop();
  }
});
