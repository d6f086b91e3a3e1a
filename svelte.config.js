// Svelte options shared by Astro's Svelte integration, svelte-check and Vitest.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { frenchSpacing } from './src/lib/remarkFrenchSpacing.js';
import { mergeAdjacentCitations } from './src/story/remarkMergeCitations.js';

export default {
  // Story sections are mdsvex files (.svx): Markdown that may use Svelte components.
  extensions: ['.svelte', '.svx'],
  preprocess: [vitePreprocess(), mdsvex({ extensions: ['.svx'], smartypants: false, remarkPlugins: [frenchSpacing, mergeAdjacentCitations] })],
};
