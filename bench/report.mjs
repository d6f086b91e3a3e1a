// The benchmark's table, as Markdown (printed, and saved in bench/report/report.md).
const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)}`);
const range = (figure) => (figure ? `${figure.median} (${figure.min}–${figure.max})` : '–');

export function markdownReport(report) {
  const lines = [
    `Benchmark of ${report.date}${report.buildMs ? `, build ${(report.buildMs / 1000).toFixed(1)} s` : ''}; Lighthouse mobile, median (min–max) of ${report.lighthouseRuns} runs.`,
    '',
    '| page | requests | HTML | CSS | JS | widget JS | fonts | images | data | total gzip (raw) KB | first response KB | offline 1st visit KB | JS to read | perf | a11y | best pr. | SEO | LCP ms | CLS | TBT ms | long tasks | slow frames |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---|---|---|---:|---:|',
  ];
  for (const page of report.pages) {
    const f = page.figures;
    const lh = page.lighthouse;
    lines.push(
      `| ${page.name} | ${f.requests} | ${kb(f['gzip.html'])} | ${kb(f['gzip.css'])} | ${kb(f['gzip.js'])} | ${kb(f.widgetJsGzip)} | ${kb(f['gzip.fonts'])} | ${kb(f['gzip.images'])} | ${kb(f['gzip.data'])} | ${kb(f['gzip.total'])} (${kb(f['raw.total'])}) | ${page.kind === 'story' ? kb(f.firstResponseGzip) : '–'} | ${kb(f.offlineFirstVisitGzip)} | ${f.jsNeededToReadBytes === undefined ? '–' : `${f.jsNeededToReadBytes} B`} | ${range(lh?.performance)} | ${range(lh?.accessibility)} | ${range(lh?.['best-practices'])} | ${range(lh?.seo)} | ${range(lh?.lcp)} | ${range(lh?.cls)} | ${range(lh?.tbt)} | ${f.longTasks} | ${f.slowFrames} |`,
    );
  }
  lines.push('', 'Sizes in KB gzip (level 9) unless marked raw. "Widget JS": the widget\'s own JavaScript in the story, beyond the Svelte runtime its islands share (an embed page loads one script, built for its widget alone, in its JS column). "First response": the fewest gzip bytes of the HTML from which a phone paints the first view as from the whole page, on the screen (320, 390 or 412 px wide) that needs the most, plus any render-blocking file they ask for; the whole HTML is in the HTML column. "Offline 1st visit": every byte the server sent (its own gzip) in the 30 s after a first visit opened the page, the offline copy\'s background download included.');
  const scrolled = report.pages.filter((page) => page.longTasksPerRun?.length > 1);
  if (scrolled.length > 0) {
    lines.push('', `Long tasks are the median of ${scrolled[0].longTasksPerRun.length} scroll-throughs (stories) or play-throughs (embeds): ${scrolled.map((page) => `${page.name} ${page.longTasksPerRun.join(', ')}`).join('; ')}.`);
  }
  lines.push('', 'Structure (bench/measureDevices.mjs): text styles, graphics and sources laid out by the load event, script files asked for while loading, widgets hydrated by the load with the first graphic\'s edge in view, the last widget\'s code fetched by the load or not a screen ahead, scripts without the compile hint, SVG icons.');
  for (const page of report.pages) {
    const f = page.figures;
    const shown = (value) => value ?? '–';
    lines.push(`- ${page.name}: ${shown(f.textStyles)}, ${shown(f.offscreenLaidOutAtLoad)}, ${shown(f.scriptRequestsWhileLoading)}, ${shown(f.hydratedOnTheEdgeAtLoad)}, ${shown(f.widgetCodeNotAhead)}, ${shown(f.scriptsWithoutCompileHint)}, ${shown(f.svgIcons)}`);
  }
  const attributed = report.pages.filter((page) => page.longTasksByControl?.length > 0);
  if (attributed.length > 0) {
    lines.push('', 'Long tasks in the play-throughs, by the control pressed (ms at 4× CPU slowdown):');
    for (const page of attributed) {
      lines.push(`- ${page.name}: ${page.longTasksByControl.map(({ control, durations }) => `${control} (${durations.join(', ')})`).join('; ')}`);
    }
  }
  if (report.breaches.length > 0) lines.push('', '**Budgets breached:**', ...report.breaches.map((b) => `- ${b}`));
  else lines.push('', 'All budgets met.');
  return lines.join('\n');
}
