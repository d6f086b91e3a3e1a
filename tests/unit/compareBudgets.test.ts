import { expect, it } from 'vitest';
import { findBreaches, findByteBreaches } from '../../bench/compareBudgets.mjs';

const budgets = {
  story: { jsNeededToReadBytes: 0, allJsGzip: 1000, firstResponseGzip: 500, firstViewFontsBytes: 800, lighthouse: { performance: 100 }, cls: 0, tbtMs: 50, longTasks: 0 },
  embed: { totalGzip: 2000, longTasks: 0 },
};

it('names every breached figure with its value and budget', () => {
  const breaches = findBreaches(
    [
      { kind: 'story', name: 'story (fr)', figures: { jsNeededToReadBytes: 0, allJsGzip: 1200, firstResponseGzip: 400, 'lighthouse.performance': 98, cls: 0, tbtMs: 10, longTasks: 2 } },
      { kind: 'embed', name: 'embed qr (en)', figures: { totalGzip: 1999, longTasks: 0 } },
    ],
    budgets,
  );
  expect(breaches).toEqual([
    'story (fr): all JavaScript (gzip bytes) is 1200, budget at most 1000',
    'story (fr): Lighthouse performance (median) is 98, budget at least 100',
    'story (fr): long tasks at 4× CPU slowdown is 2, budget at most 0',
  ]);
});

it('checks only byte budgets for npm test', () => {
  const breaches = findByteBreaches(
    [{ kind: 'embed', name: 'embed timeline (fr)', figures: { totalGzip: 2500, longTasks: 9 } }],
    budgets,
  );
  expect(breaches).toEqual(['embed timeline (fr): page weight, everything (gzip bytes) is 2500, budget at most 2000']);
});

it("holds each widget's own JavaScript to that widget's budget, and only where it has one", () => {
  const withWidgets = { ...budgets, embed: { ...budgets.embed, widgetJsGzip: { qr: 300 } } };
  const breaches = findByteBreaches(
    [
      { kind: 'embed', widget: 'qr', name: 'embed qr (fr)', figures: { totalGzip: 1500, widgetJsGzip: 301 } },
      { kind: 'embed', widget: 'qr', name: 'embed qr (en)', figures: { totalGzip: 1500, widgetJsGzip: 300 } },
      { kind: 'embed', widget: 'users', name: 'embed users (fr)', figures: { totalGzip: 1500, widgetJsGzip: 5000 } },
    ],
    withWidgets,
  );
  expect(breaches).toEqual(['embed qr (fr): widget JavaScript beyond the shared runtime (gzip bytes) is 301, budget at most 300']);
});

it('holds the structural counts to their budgets, on story and embed pages alike', () => {
  const withCounts = { story: { ...budgets.story, textStyles: 12, offscreenLaidOutAtLoad: 0, svgIcons: 0 }, embed: { ...budgets.embed, scriptsWithoutCompileHint: 0 } };
  const breaches = findBreaches(
    [
      { kind: 'story', name: 'story (en)', figures: { textStyles: 13, offscreenLaidOutAtLoad: 0, svgIcons: 1 } },
      { kind: 'embed', name: 'embed qr (fr)', figures: { scriptsWithoutCompileHint: 2 } },
    ],
    withCounts,
  );
  expect(breaches).toEqual([
    'story (en): faces, sizes and weights of text is 13, budget at most 12',
    'story (en): SVG icons is 1, budget at most 0',
    'embed qr (fr): scripts without the eager-compile hint is 2, budget at most 0',
  ]);
});
