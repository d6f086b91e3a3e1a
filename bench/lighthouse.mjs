// Lighthouse, mobile preset (its default: a mid-range phone on a slow 4G, simulated), on Debian's
// Chromium, several runs per page because these machines are noisy: median, min and max.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export const summarize = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

export async function lighthouseRuns(url, runs, chromePath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const samples = [];
  try {
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      const lhr = result.lhr;
      samples.push({
        ...Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])),
        lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        failing: Object.values(lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
          .map((audit) => audit.id),
      });
    }
  } finally {
    await chrome.kill();
  }
  const figures = {};
  for (const key of [...categories, 'lcp', 'cls', 'tbt']) figures[key] = summarize(samples.map((sample) => sample[key]));
  figures.failingAudits = [...new Set(samples.flatMap((sample) => sample.failing))];
  return figures;
}
