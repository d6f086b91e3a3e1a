// Serves dist/ with nginx, using the operator example deploy/nginx-site.conf as it ships, under
// every sub-path given (the site must work anywhere). Stays in the foreground until killed.
//   node tests/support/serve.mjs [port]    env: SERVE_PREFIXES="/ /graphics/2022/alipay-wechat/"
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findNginx } from './nginx.mjs';

const EXAMPLE_PREFIX = '/graphics/2022/alipay-wechat/';
const EXAMPLE_ROOT = '/srv/alipay-wechat/dist/';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const prefixes = (process.env.SERVE_PREFIXES ?? `/ ${EXAMPLE_PREFIX}`).split(/\s+/).filter(Boolean);
const dist = resolve(process.env.DIST_DIR ?? 'dist') + '/';
const nginx = findNginx();
if (!nginx) {
  console.error('nginx not found: sudo apt-get install -y nginx-light (or set NGINX_PATH)');
  process.exit(1);
}

const example = readFileSync(new URL('../../deploy/nginx-site.conf', import.meta.url), 'utf8');
const locations = prefixes
  .map((prefix) => example.replaceAll(EXAMPLE_PREFIX, prefix).replaceAll(EXAMPLE_ROOT, dist))
  .join('\n');

const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
for (const sub of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
const conf = `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/client;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    absolute_redirect off;
${locations}
  }
}
`;
writeFileSync(join(dir, 'nginx.conf'), conf);
const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
const stop = () => child.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
console.log(`nginx serving ${dist} at ${prefixes.map((p) => `http://127.0.0.1:${port}${p}`).join(' ')}`);
