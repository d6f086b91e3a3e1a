// `npm run bench:ab -- <dist A> <dist B>`: the story's smoothness (and, with AB_LIGHTHOUSE=1,
// Lighthouse's TBT) for two builds served side by side by nginx on this machine, runs interleaved
// A, B, A, B… so that a noisy moment weighs on both. Prints each run and the medians. This is how a
// performance device earns its place: build once with it and once without, and compare.
//   AB_RUNS=5 (runs per build and page)   AB_PAGES=/,/en/ (paths measured)
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/browser.mjs';
import { startNginx } from '../tests/support/nginx.mjs';
import { lighthouseRuns, summarize } from './lighthouse.mjs';
import { scrollThrough } from './measureSmoothness.mjs';

const [distA, distB] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('Usage: npm run bench:ab -- <dist A> <dist B>');
  process.exit(1);
}
const runs = Number(process.env.AB_RUNS ?? 5);
const paths = (process.env.AB_PAGES ?? '/,/en/').split(',');
const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
  process.exit(1);
}

const builds = [
  { name: 'A', dist: distA, port: 4531 },
  { name: 'B', dist: distB, port: 4532 },
];
const servers = await Promise.all(builds.map(({ dist, port }) => startNginx({ dist, port, prefixes: ['/'] })));
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
const samples = new Map(); // "A /en/" → { longTasks: [], slowFrames: [], tbt: [] }
const sampleOf = (build, path) => {
  const key = `${build.name} ${path}`;
  if (!samples.has(key)) samples.set(key, { longTasks: [], slowFrames: [], tbt: [] });
  return samples.get(key);
};
try {
  for (let run = 0; run < runs; run++) {
    for (const path of paths) {
      // Alternate which build goes first, so neither always meets a warmer (or busier) machine.
      for (const build of run % 2 === 0 ? builds : [...builds].reverse()) {
        const { longTasks, slowFrames } = await scrollThrough(browser, `http://127.0.0.1:${build.port}${path}`);
        const sample = sampleOf(build, path);
        sample.longTasks.push(longTasks.length);
        sample.slowFrames.push(slowFrames);
        console.log(`run ${run + 1} ${build.name} ${path}: ${longTasks.length} long tasks [${longTasks.join(', ')}], ${slowFrames} slow frames`);
      }
    }
  }
  await browser.close();
  if (process.env.AB_LIGHTHOUSE) {
    for (let run = 0; run < runs; run++) {
      for (const path of paths) {
        for (const build of run % 2 === 0 ? builds : [...builds].reverse()) {
          const { tbt } = await lighthouseRuns(`http://127.0.0.1:${build.port}${path}`, 1, chromePath);
          sampleOf(build, path).tbt.push(tbt.median);
          console.log(`run ${run + 1} ${build.name} ${path}: TBT ${tbt.median} ms`);
        }
      }
    }
  }
} finally {
  if (browser.isConnected()) await browser.close();
  await Promise.all(servers.map((server) => server.stop()));
}

console.log(`\nMedians over ${runs} runs (min–max):`);
const range = (values) => {
  const { median, min, max } = summarize(values);
  return `${median} (${min}–${max})`;
};
for (const [key, sample] of samples) {
  const tbt = sample.tbt.length > 0 ? `, TBT ${range(sample.tbt)} ms` : '';
  console.log(`${key}: long tasks ${range(sample.longTasks)}, slow frames ${range(sample.slowFrames)}${tbt}`);
}
