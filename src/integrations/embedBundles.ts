// Builds each embed page's script on its own, after Astro's build. Astro bundles all islands of
// the site together, so their shared chunk holds the union of the Svelte runtime every widget
// uses (18 KB gzip). An embed shows one widget: built alone, its script carries only the runtime
// that widget needs, and no island loader. The pages hold a placeholder (embedRoot.ts), replaced
// here by the fingerprinted file.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import svelteConfig from '../../svelte.config.js';
import { embedEntry } from '../embed/embedEntry.ts';
import { embedScriptPlaceholder } from '../embed/embedRoot.ts';
import { widgets, type Widget } from '../widgets/registry.ts';
import { rewriteFiles } from './distFiles.ts';
import { eagerCompileHint } from './eagerCompileHint.ts';

interface Options {
  /** The same compile-time constants as the site's own Vite build. */
  define: Record<string, string>;
}

const ENTRY_PREFIX = 'virtual:embed-entry/';

/** Serves each widget's entry as a module of its own, written from its description. */
const embedEntries = (root: string) => ({
  name: 'embed-entries',
  // The \0 tells other plugins the module is not a file.
  resolveId: (id: string) => (id.startsWith(ENTRY_PREFIX) ? `\0${id}` : null),
  load: (id: string) => {
    if (!id.startsWith(`\0${ENTRY_PREFIX}`)) return null;
    const widget = widgets.find((candidate) => candidate.name === id.slice(ENTRY_PREFIX.length + 1));
    return widget ? embedEntry(widget, root) : null;
  },
});

async function buildEmbedScript(root: string, widget: Widget, define: Record<string, string>): Promise<Rolldown.OutputChunk> {
  const output = await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'error',
    define,
    // Same preprocessing as Astro's Svelte integration, so the markup and the scoped class names
    // match the server render this script hydrates. Its CSS is not kept: the page has it inline.
    plugins: [embedEntries(root), svelte({ ...svelteConfig, configFile: false }), eagerCompileHint()],
    build: {
      write: false,
      modulePreload: false,
      rollupOptions: {
        input: { [`embed-${widget.name}`]: `${ENTRY_PREFIX}${widget.name}` },
        output: { entryFileNames: '_astro/[name].[hash].js' },
      },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const chunks = outputs.flatMap((result) => ('output' in result ? result.output : [])).filter((file) => file.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`embed script for ${widget.name}: expected one file, got ${chunks.map((chunk) => chunk.fileName).join(', ')}`);
  return chunks[0]!;
}

/**
 * The page loads the script as a classic one (EmbedRoot.astro says why). A module with no import,
 * no export and no import.meta runs the same once wrapped in a function, which keeps its names
 * out of the page's global scope. (Rolldown's own iife output came out 1.3 KB gzip heavier.)
 */
function asClassicScript(chunk: Rolldown.OutputChunk): string {
  if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0 || chunk.exports.length > 0 || chunk.code.includes('import.meta')) {
    throw new Error(`${chunk.fileName}: an embed script must stand alone (no import, export or import.meta) to load as a classic script`);
  }
  // The compile hint (eagerCompileHint.ts) counts only as the file's first line.
  const hint = /^\/\/# allFunctionsCalledOnLoad\n/.exec(chunk.code)?.[0] ?? '';
  return `${hint}(()=>{"use strict";${chunk.code.slice(hint.length)}\n})();`;
}

export function embedBundles({ define }: Options): AstroIntegration {
  let root = '';
  return {
    name: 'embed-bundles',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const scripts = new Map<string, string>();
        for (const widget of widgets) {
          const chunk = await buildEmbedScript(root, widget, define);
          await mkdir(join(dist, '_astro'), { recursive: true });
          await writeFile(join(dist, chunk.fileName), asClassicScript(chunk));
          scripts.set(embedScriptPlaceholder(widget.name), `/${chunk.fileName}`);
        }
        const pages = await rewriteFiles(dist, (path) => path.endsWith('.html'), (text, path) => {
          let rewritten = text;
          for (const [placeholder, script] of scripts) rewritten = rewritten.replaceAll(placeholder, script);
          if (rewritten.includes('__embed-script__')) throw new Error(`${path}: an embed script placeholder has no built script`);
          return rewritten;
        });
        logger.info(`${scripts.size} embed scripts built, linked from ${pages} pages`);
      },
    },
  };
}
