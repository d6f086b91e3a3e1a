import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/browser.mjs';
import { findNginx } from './tests/support/nginx.mjs';

// E2E_PORT and DIST_DIR let a second build be tested beside the first (helpers, the bench).
const chromium = findChromium();
export const subPaths = ['/', '/graphics/2022/alipay-wechat/', '/news/interactive/alipay/'];
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: two workers keep the run short without starving nginx and Chromium.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { ...(chromium ? { executablePath: chromium } : {}), args: chromiumArgs },
    trace: 'off',
  },
  webServer: {
    // nginx runs in the foreground as the command itself (exec), so stopping it leaves nothing behind.
    command: `sh -c 'exec "$0" -e stderr -c "$(node tests/support/serve.mjs ${port} --config-only)"' ${findNginx() ?? 'nginx'}`,
    // The same dist/ under the root and two sub-paths: the site must work wherever it is copied.
    env: { SERVE_PREFIXES: subPaths.join(' ') },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
