// Where the tests find a browser. Playwright cannot download its own here, so we use the system's
// Chromium (Debian package `chromium`), or whatever CHROMIUM_PATH names.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} */
export function findChromium() {
  return candidates.find((path) => path && existsSync(path));
}

/** The flags a closed network needs: no background calls home, no component updates. */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-quic',
];
