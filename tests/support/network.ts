import { expect, type Page, type Request } from '@playwright/test';

/**
 * Counts the page's requests still in flight, in every frame. Waiting for none is deterministic
 * where 'networkidle' (500 ms of silence) is not, and leaving a page before its iframes have
 * loaded would abort them and look like a failure of the site.
 */
export function trackRequests(page: Page): { settled: () => Promise<void> } {
  const inFlight = new Set<Request>();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  return {
    settled: async () => {
      await page.waitForLoadState('load');
      await expect.poll(() => [...inFlight].map((request) => request.url()), { timeout: 30_000 }).toEqual([]);
    },
  };
}
