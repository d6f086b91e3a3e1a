// Where the tests find nginx, the real static server they serve dist/ with.
import { existsSync } from 'node:fs';

const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

/** @returns {string | undefined} */
export function findNginx() {
  return candidates.find((path) => path && existsSync(path));
}
