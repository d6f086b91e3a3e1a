// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { validateContentData } from './src/integrations/validateContentData.ts';
import { relativeUrls } from './src/integrations/relativeUrls.ts';
import { serviceWorker } from './src/integrations/serviceWorker.ts';
import { embedBundles } from './src/integrations/embedBundles.ts';
import { graphicImages } from './src/integrations/graphicImages.ts';
import { pageCsp } from './src/integrations/pageCsp.ts';
import { clientReach } from './src/integrations/clientReach.ts';
import { eagerCompileHint } from './src/integrations/eagerCompileHint.ts';
import { numberLocaleDefinitions } from './src/lib/numberLocales.ts';

// The public address the site is published at; used only for canonical, hreflang and Open Graph
// URLs, which must be absolute. Everything the browser loads is relative to the page.
const site = process.env.SITE_URL ?? 'https://graphics.example.org/alipay-wechat/';

// Intl's separators, read here once, so the browser formats numbers without building an Intl
// formatter (see src/lib/numberLocales.ts). The embed scripts are built with the same constants.
const define = { __NUMBER_LOCALES__: JSON.stringify(numberLocaleDefinitions()) };

// The story's own script (src/story/storyPage.ts) is written in the page whatever its size, so the
// page asks for no script before its first paint; any other file keeps Vite's 4 KiB rule.
/** @param {string} fileName */
const inlineStoryScript = (fileName) => (/StoryLayout\.astro_astro_type_script/.test(fileName) ? true : undefined);

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets are inlined: a phone paints the first view from the first round trip of the HTML,
  // with no stylesheet request blocking it (a reader reads one page; little to gain from caching).
  // pageCsp hashes the inline styles as finally written, after relativeUrls.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // embedBundles writes the embed pages' scripts before relativeUrls rewrites their URLs; graphicImages
  // draws the images from the static embed pages; pageCsp
  // then narrows each page's policy; serviceWorker runs last so its version covers the final files.
  integrations: [validateContentData(), clientReach(), svelte(), embedBundles({ define }), graphicImages(), relativeUrls(), pageCsp(), serviceWorker()],
  devToolbar: { enabled: false },
  vite: { define, plugins: [eagerCompileHint()], build: { assetsInlineLimit: inlineStoryScript } },
  // The story has no code blocks; Shiki's inline styles would need a CSP exception.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy in every page's <meta>: Astro hashes the inline scripts it
  // writes (the island loader), so no 'unsafe-inline' for scripts. Headers that a <meta> cannot
  // carry (frame-ancestors) are in deploy/ and public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ],
      // Svelte writes computed positions into style attributes; these are not scripts.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
