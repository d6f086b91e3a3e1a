// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { validateContentData } from './src/integrations/validateContentData.ts';
import { relativeUrls } from './src/integrations/relativeUrls.ts';

// The public address the site is published at; used only for canonical, hreflang and Open Graph
// URLs, which must be absolute. Everything the browser loads is relative to the page.
const site = process.env.SITE_URL ?? 'https://graphics.example.org/alipay-wechat/';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [validateContentData(), svelte(), relativeUrls()],
  devToolbar: { enabled: false },
});
