// Long tasks (> 50 ms) and slow frames (> 33 ms) while a reader scrolls through a story page or
// steps through a widget, with the CPU slowed 4× as on a mid-range phone (DevTools protocol).

const OBSERVE = () => {
  const bench = { longTasks: [], slowFrames: 0, recording: false };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (bench.recording) bench.longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask', buffered: false });
  let last = 0;
  const frame = (now) => {
    if (bench.recording && last && now - last > 33) bench.slowFrames += 1;
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

async function slowedPage(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

const pause = (page, ms) => page.waitForTimeout(ms);

/**
 * Opens the page and waits until it has finished loading: the load event, then a moment with
 * nothing to do. Playwright's "network idle" comes while a slowed phone is still parsing the
 * story's HTML; a scroll started then would count the load's own tasks, which Lighthouse's TBT
 * already measures, as the scroll's.
 */
async function openLoaded(page, url) {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: 30_000 });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
}

/** Scrolls a story page from top to bottom a third of a screen at a time. */
export async function scrollThrough(browser, url) {
  const { context, page } = await slowedPage(browser);
  await openLoaded(page, url);
  await page.evaluate(() => (window.__bench.recording = true));
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 280) {
    await page.mouse.wheel(0, 280);
    await pause(page, 120);
  }
  await pause(page, 500);
  const result = await page.evaluate(() => ({ longTasks: window.__bench.longTasks, slowFrames: window.__bench.slowFrames }));
  await context.close();
  return result;
}

/**
 * Steps a widget on its embed page through its controls, each button once, in page order, with
 * real pointer input at the button's centre: Playwright's click() would also run its own
 * actionability checks inside the page, which the long-task observer would count against us.
 * Each long task is attributed to the control whose press it followed.
 */
export async function playThrough(browser, url) {
  const { context, page } = await slowedPage(browser);
  await openLoaded(page, url);
  await page.locator('.graphic__live astro-island[ssr], [data-embed-root]:not([data-hydrated])').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
  const buttons = page.locator('.graphic__live button:visible');
  const count = await buttons.count();
  const longTasksByControl = [];
  for (let index = 0; index < count; index++) {
    const button = buttons.nth(index);
    // A control hidden by an earlier one (the list view hides the chart's buttons) is skipped.
    if (!(await button.isVisible())) continue;
    const name = ((await button.getAttribute('aria-label')) ?? (await button.textContent()) ?? '').trim().replace(/\s+/g, ' ');
    await button.scrollIntoViewIfNeeded({ timeout: 2_000 }).catch(() => undefined);
    const box = await button.boundingBox();
    if (box === null) continue;
    await pause(page, 100);
    await page.evaluate(() => (window.__bench.recording = true));
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await pause(page, 400);
    const durations = await page.evaluate(() => {
      window.__bench.recording = false;
      return window.__bench.longTasks.splice(0);
    });
    if (durations.length > 0) longTasksByControl.push({ control: name, durations });
  }
  const slowFrames = await page.evaluate(() => window.__bench.slowFrames);
  await context.close();
  return { longTasks: longTasksByControl.flatMap((entry) => entry.durations), longTasksByControl, slowFrames, controls: count };
}

/**
 * A smoothness measure taken `runs` times (a timing is judged by its median, never by one run on a
 * noisy machine): the run with the median count of long tasks, and every run's count.
 */
export async function medianRun(runs, measure) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await measure());
  const sorted = [...results].sort((a, b) => a.longTasks.length - b.longTasks.length || a.slowFrames - b.slowFrames);
  return { ...sorted[Math.floor(sorted.length / 2)], longTasksPerRun: results.map((result) => result.longTasks.length) };
}
