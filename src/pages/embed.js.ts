// embed.js: the loader of the responsive embed code, bundled at build time from src/embed/loader.ts
// (with the message module it shares with the embed pages) into one small classic script at the
// site root. Its name never changes, so codes pasted on other sites keep working after a rebuild;
// nginx revalidates it on every visit (deploy/nginx-site.conf: no-cache outside _astro/).
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { languages } from '../lib/i18n/languages.ts';
import { locales } from '../lib/i18n/locales.ts';
import { widgets } from '../widgets/registry.ts';

/** What the loader knows of the site, written into it (loader.ts declares them). */
const define = {
  __FRAME_HEIGHTS__: JSON.stringify(Object.fromEntries(widgets.map((widget) => [widget.name, widget.frameHeight]))),
  __LANGUAGE_FOLDERS__: JSON.stringify(locales.flatMap((locale) => languages[locale].segment ?? [])),
};

export const GET: APIRoute = async () => {
  const result = await build({
    // The build runs from the project root (package.json scripts, CI).
    entryPoints: [resolve('src/embed/loader.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    define,
    write: false,
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('embed.js: esbuild produced no output');
  return new Response(`/* Alipay–WeChat embed loader: see /embed/ on this site. */\n${code}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
