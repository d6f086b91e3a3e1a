// Stops the end-to-end run early, with a way out, when the machine lacks what it needs.
import { findChromium } from '../support/browser.mjs';
import { findNginx } from '../support/nginx.mjs';

const missing = [];
if (!findChromium()) {
  missing.push(
    'No Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).\n' +
      '  Install Debian\'s: sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary).\n' +
      '  `npx playwright install` cannot work on a machine without internet access.',
  );
}
if (!findNginx()) {
  missing.push('No nginx found (looked at $NGINX_PATH, /usr/sbin/nginx). Install it: sudo apt-get install -y nginx-light');
}
if (missing.length > 0) {
  console.error(`\nCannot run the browser tests:\n\n${missing.map((m) => `- ${m}`).join('\n\n')}\n\n(.ci/run installs both.)\n`);
  process.exit(1);
}
