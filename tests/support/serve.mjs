// Serves dist/ with nginx (see nginx.mjs) until killed; Playwright starts it as its web server.
//   node tests/support/serve.mjs [port]
//   env: DIST_DIR (default dist), SERVE_PREFIXES (default "/ /graphics/2022/alipay-wechat/")
import { examplePrefix, startNginx } from './nginx.mjs';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const prefixes = (process.env.SERVE_PREFIXES ?? `/ ${examplePrefix}`).split(/\s+/).filter(Boolean);
const dist = process.env.DIST_DIR ?? 'dist';

const server = await startNginx({ dist, port, prefixes });
const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.child.on('exit', (code) => process.exit(code ?? 0));
console.log(`nginx serving ${dist} at ${prefixes.map((p) => `http://127.0.0.1:${port}${p}`).join(' ')}`);
