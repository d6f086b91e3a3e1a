// `npm run bench`: builds the site, serves it with nginx on loopback, measures the story pages and
// every embed page (bytes, Lighthouse, smoothness under 4× CPU slowdown), prints one table, writes
// it to bench/report/ (JSON and Markdown), and exits non-zero naming every budget breached.
//   BENCH_RUNS=5 (Lighthouse runs per page)   BENCH_SKIP_BUILD=1 (measure the existing dist/)
//   BENCH_SMOOTH_RUNS=3 (scroll-throughs of a story, play-throughs of an embed: the median counts)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/browser.mjs';
import { startNginx } from '../tests/support/nginx.mjs';
import { findBreaches } from './compareBudgets.mjs';
import { lighthouseRuns } from './lighthouse.mjs';
import { firstRoundTripBytes, phoneScreens } from './firstRoundTrip.mjs';
import { measurePageBytes, readableWithoutJs } from './measureBytes.mjs';
import { hydratedOnTheEdgeAtLoad, pageDevices, storyLoadDevices, widgetCodeNotAhead } from './measureDevices.mjs';
import { offlineFirstVisitBytes } from './measureOfflineCopy.mjs';
import { medianRun, playThrough, scrollThrough } from './measureSmoothness.mjs';
import { markdownReport } from './report.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const smoothRuns = Math.max(1, Number(process.env.BENCH_SMOOTH_RUNS ?? 3));
const port = Number(process.env.BENCH_PORT ?? 4520);
const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
  process.exit(1);
}
// Every phone carries a Chinese font. Without one, Chromium on Linux searches the system for a
// fallback as the source list's Chinese titles are laid out, and that idle task is longer still.
if (spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.trim() === '') {
  console.error('Warning: no Chinese font on this machine; timings will include font fallback searches (apt-get install -y fonts-droid-fallback).');
}

let buildMs;
if (!process.env.BENCH_SKIP_BUILD) {
  const started = performance.now();
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  buildMs = Math.round(performance.now() - started);
}

const origin = `http://127.0.0.1:${port}`;
// Every embed page: a folder of dist/embed/ with a page in it (images/ holds the graphics' images).
const embedNames = readdirSync('dist/embed', { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(`dist/embed/${e.name}/index.html`)).map((e) => e.name).sort();
// Each language's folder (src/lib/i18n/languages.ts): the first language sits at the root.
const languageFolders = { fr: '/', en: '/en/', zh: '/zh/' };
const pages = [
  ...Object.entries(languageFolders).map(([locale, folder]) => ({ kind: 'story', locale, name: `story (${locale})`, path: folder })),
  ...embedNames.flatMap((name) =>
    Object.entries(languageFolders).map(([locale, folder]) => ({ kind: 'embed', locale, widget: name, name: `embed ${name} (${locale})`, path: `${folder}embed/${name}/` })),
  ),
];

const server = await startNginx({ dist: 'dist', port, prefixes: ['/'] });
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
const results = [];
/** Each widget's own JavaScript, measured on the story page of each language. */
const widgetJsByLocale = {};
try {
  for (const page of pages) {
    const url = `${origin}${page.path}`;
    console.error(`measuring ${page.name} …`);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const measured = await context.newPage();
    const bytes = await measurePageBytes(measured, url);
    const devices = await pageDevices(measured, bytes.files);
    await context.close();
    if (page.kind === 'story') widgetJsByLocale[page.locale] = bytes.widgetJs;
    const smooth = await medianRun(smoothRuns, () => (page.kind === 'story' ? scrollThrough(browser, url) : playThrough(browser, url)));
    const readable = page.kind === 'story' ? await readableWithoutJs(browser, url) : undefined;
    const loading =
      page.kind === 'story'
        ? { ...(await storyLoadDevices(browser, url)), hydratedOnTheEdgeAtLoad: await hydratedOnTheEdgeAtLoad(browser, url), widgetCodeNotAhead: await widgetCodeNotAhead(browser, url) }
        : {};
    const offline = page.kind === 'story' ? await offlineFirstVisitBytes(browser, port + 1, page.path) : undefined;
    // The gzip bytes its first view needs, on the phone screen that needs the most.
    let firstResponseGzip;
    for (const screen of page.kind === 'story' ? phoneScreens : []) {
      firstResponseGzip = Math.max(firstResponseGzip ?? 0, await firstRoundTripBytes(browser, url, screen));
    }
    const figures = {
      requests: bytes.requests,
      ...Object.fromEntries(Object.entries(bytes.gzip).map(([kind, value]) => [`gzip.${kind}`, value])),
      ...Object.fromEntries(Object.entries(bytes.raw).map(([kind, value]) => [`raw.${kind}`, value])),
      allJsGzip: bytes.gzip.js,
      totalGzip: bytes.gzip.total,
      widgetJsGzip: page.kind === 'embed' ? widgetJsByLocale[page.locale]?.[page.widget] : undefined,
      firstResponseGzip,
      firstViewFontsBytes: bytes.firstViewFontsRaw,
      offlineFirstVisitGzip: offline?.bytes,
      jsNeededToReadBytes: readable === undefined ? undefined : readable ? 0 : bytes.firstViewGzip.js,
      ...devices,
      ...loading,
      longTasks: smooth.longTasks.length,
      slowFrames: smooth.slowFrames,
    };
    results.push({ ...page, url, figures, longTaskDurations: smooth.longTasks, longTasksPerRun: smooth.longTasksPerRun, longTasksByControl: smooth.longTasksByControl });
  }
  await browser.close();
  // Lighthouse launches its own Chromium: run it once Playwright's is closed.
  for (const result of runs > 0 ? results : []) {
    console.error(`Lighthouse × ${runs}: ${result.name} …`);
    const lighthouse = await lighthouseRuns(result.url, runs, chromePath);
    result.lighthouse = lighthouse;
    Object.assign(result.figures, {
      'lighthouse.performance': lighthouse.performance.median,
      'lighthouse.accessibility': lighthouse.accessibility.median,
      'lighthouse.best-practices': lighthouse['best-practices'].median,
      'lighthouse.seo': lighthouse.seo.median,
      lcpMs: lighthouse.lcp.median,
      cls: lighthouse.cls.median,
      tbtMs: lighthouse.tbt.median,
    });
  }
} finally {
  if (browser.isConnected()) await browser.close();
  await server.stop();
}

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const breaches = findBreaches(results, budgets);
const report = { date: new Date().toISOString(), buildMs, lighthouseRuns: runs, pages: results, breaches };
mkdirSync('bench/report', { recursive: true });
writeFileSync('bench/report/report.json', JSON.stringify(report, null, 2));
const markdown = markdownReport(report);
writeFileSync('bench/report/report.md', markdown);
console.log(markdown);
if (breaches.length > 0) {
  console.error(`\n${breaches.length} budget(s) breached:\n${breaches.map((b) => `  - ${b}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
