// The test server: nginx serving dist/ with the operator example config, under several sub-paths.
//   node tests/support/serve.mjs [port]                 serves until killed (for a look by hand)
//   node tests/support/serve.mjs [port] --config-only   writes the config and prints its path;
//     Playwright runs nginx on it with `exec`, so the process it stops is nginx itself and no
//     server outlives a test run.
//   env: DIST_DIR (default dist), SERVE_PREFIXES (default "/ /graphics/2022/alipay-wechat/")
import { examplePrefix, startNginx, writeNginxConfig } from './nginx.mjs';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const prefixes = (process.env.SERVE_PREFIXES ?? `/ ${examplePrefix}`).split(/\s+/).filter(Boolean);
const dist = process.env.DIST_DIR ?? 'dist';

if (process.argv.includes('--config-only')) {
  console.log(writeNginxConfig({ dist, port, prefixes }));
} else {
  const server = await startNginx({ dist, port, prefixes });
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.child.on('exit', (code) => process.exit(code ?? 0));
  console.log(`nginx serving ${dist} at ${prefixes.map((p) => `http://127.0.0.1:${port}${p}`).join(' ')}`);
}
