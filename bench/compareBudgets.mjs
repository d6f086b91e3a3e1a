// Compares measured figures with bench/budgets.json. Pure: tested without a browser.

/**
 * @param {{ kind: 'story' | 'embed', widget?: string, name: string, figures: Record<string, number | undefined> }[]} pages
 * @param {any} budgets
 * @returns {string[]} one sentence per breach, naming the page, the figure, the value and the budget
 */
export function findBreaches(pages, budgets) {
  const breaches = [];
  const check = (name, label, value, limit, higherIsBetter = false) => {
    if (value === undefined || limit === undefined) return;
    const breached = higherIsBetter ? value < limit : value > limit;
    if (breached) breaches.push(`${name}: ${label} is ${value}, budget ${higherIsBetter ? 'at least' : 'at most'} ${limit}`);
  };
  for (const { kind, widget, name, figures } of pages) {
    const budget = budgets[kind];
    if (kind === 'story') {
      check(name, 'JavaScript needed to read (bytes)', figures.jsNeededToReadBytes, budget.jsNeededToReadBytes);
      check(name, 'all JavaScript (gzip bytes)', figures.allJsGzip, budget.allJsGzip);
      check(name, 'first response: gzip bytes of HTML (CSS inline) that paint the first view', figures.firstResponseGzip, budget.firstResponseGzip);
      check(name, 'fonts in the first view (bytes)', figures.firstViewFontsBytes, budget.firstViewFontsBytes);
      check(name, 'first visit with the offline copy, 30 s, as sent (bytes)', figures.offlineFirstVisitGzip, budget.offlineFirstVisitGzip);
      for (const [category, score] of Object.entries(budget.lighthouse ?? {})) {
        check(name, `Lighthouse ${category} (median)`, figures[`lighthouse.${category}`], score, true);
      }
      check(name, 'CLS (median)', figures.cls, budget.cls);
      check(name, 'TBT (median, ms)', figures.tbtMs, budget.tbtMs);
      check(name, 'faces, sizes and weights of text', figures.textStyles, budget.textStyles);
      check(name, 'graphics past the first and sources laid out by the load event', figures.offscreenLaidOutAtLoad, budget.offscreenLaidOutAtLoad);
      check(name, 'script files asked for while the page loads', figures.scriptRequestsWhileLoading, budget.scriptRequestsWhileLoading);
      check(name, "widgets hydrated by the load, the first graphic's edge in view", figures.hydratedOnTheEdgeAtLoad, budget.hydratedOnTheEdgeAtLoad);
      check(name, 'widget code fetched by the load, or not a screen ahead of the reader', figures.widgetCodeNotAhead, budget.widgetCodeNotAhead);
    } else {
      check(name, 'page weight, everything (gzip bytes)', figures.totalGzip, budget.totalGzip);
      check(name, 'widget JavaScript beyond the shared runtime (gzip bytes)', figures.widgetJsGzip, budget.widgetJsGzip?.[widget ?? '']);
    }
    check(name, 'scripts without the eager-compile hint', figures.scriptsWithoutCompileHint, budget.scriptsWithoutCompileHint);
    check(name, 'SVG icons', figures.svgIcons, budget.svgIcons);
    check(name, 'long tasks at 4× CPU slowdown', figures.longTasks, budget.longTasks);
  }
  return breaches;
}

/** Only the byte budgets: deterministic, so `npm test` checks them too. */
export function findByteBreaches(pages, budgets) {
  const byteKeys = new Set(['jsNeededToReadBytes', 'allJsGzip', 'firstResponseGzip', 'firstViewFontsBytes', 'totalGzip', 'widgetJsGzip']);
  const bytesOnly = pages.map((page) => ({
    ...page,
    figures: Object.fromEntries(Object.entries(page.figures).filter(([key]) => byteKeys.has(key))),
  }));
  return findBreaches(bytesOnly, budgets);
}
