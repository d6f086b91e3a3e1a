// nginx for the tests: found on the machine, configured from the operator example
// deploy/nginx-site.conf exactly as it ships, serving one dist/ under several sub-paths.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

/** @returns {string | undefined} */
export function findNginx() {
  return candidates.find((path) => path && existsSync(path));
}

const EXAMPLE_PREFIX = '/graphics/2022/alipay-wechat/';
const EXAMPLE_ROOT = '/srv/alipay-wechat/dist/';
export const examplePrefix = EXAMPLE_PREFIX;

/**
 * Writes an nginx configuration serving `dist` on 127.0.0.1:`port` under every prefix, with the
 * operator example's location block, and returns its path.
 * With `accessLog`, each response is logged there as "status bytes-sent uri".
 * @param {{ dist: string, port: number, prefixes: string[], extraServers?: string, accessLog?: string }} options
 */
export function writeNginxConfig({ dist, port, prefixes, extraServers = '', accessLog }) {
  const root = resolve(dist) + '/';
  const example = readFileSync(new URL('../../deploy/nginx-site.conf', import.meta.url), 'utf8');
  const locations = prefixes.map((prefix) => example.replaceAll(EXAMPLE_PREFIX, prefix).replaceAll(EXAMPLE_ROOT, root)).join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (const sub of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
${process.getuid?.() === 0 ? `# As root, nginx's workers would run as "nobody" and could not read a checkout under /root.
user ${userInfo().username};` : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr error;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  types { text/csv csv; }
  default_type application/octet-stream;
  log_format sent '$status $bytes_sent $request_uri';
  access_log ${accessLog === undefined ? 'off' : `${accessLog} sent`};
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
${extraServers}
}
`,
  );
  return conf;
}

/**
 * Starts nginx in the foreground (a child process) and resolves once it accepts connections.
 * @param {{ dist: string, port: number, prefixes: string[], extraServers?: string, accessLog?: string }} options
 * @returns {Promise<{ stop: () => Promise<void>, child: import('node:child_process').ChildProcess }>}
 */
export async function startNginx(options) {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx not found: sudo apt-get install -y nginx-light (or set NGINX_PATH)');
  const { port, prefixes } = options;
  const conf = writeNginxConfig(options);
  const child = spawn(nginx, ['-e', 'stderr', '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`);
    try {
      await fetch(`http://127.0.0.1:${port}${prefixes[0] ?? '/'}`);
      break;
    } catch {
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }
  return {
    child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}
