// What a first visit to a story page costs with the offline copy on: every byte the server sends
// in the 30 s after the page is opened (the page, then the background copy), read from the
// server's own log on a server of its own.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx } from '../tests/support/nginx.mjs';

const WINDOW_MS = 30_000;

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {number} port a free port for this measurement's server
 * @param {string} path the story page, e.g. "/en/"
 * @returns {Promise<{ responses: number, bytes: number }>}
 */
export async function offlineFirstVisitBytes(browser, port, path) {
  const log = join(mkdtempSync(join(tmpdir(), 'offline-bench-')), 'access.log');
  const server = await startNginx({ dist: 'dist', port, prefixes: ['/'], accessLog: log });
  // The start-up check's request is no reader's: once nginx has logged it, start afresh.
  while (readFileSync(log, 'utf8') === '') await new Promise((wait) => setTimeout(wait, 20));
  writeFileSync(log, '');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });
  try {
    await (await context.newPage()).goto(`http://127.0.0.1:${port}${path}`);
    await new Promise((wait) => setTimeout(wait, WINDOW_MS));
    const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    return { responses: lines.length, bytes: lines.reduce((sum, line) => sum + Number(line.split(' ')[1]), 0) };
  } finally {
    await context.close();
    await server.stop();
  }
}
