import type { Locale } from '../lib/i18n/locales.ts';

/** What every widget's Island.astro receives, in the story and on its embed page alike. */
export interface IslandProps {
  locale: Locale;
  /** 'story': driven by scroll steps; 'embed': stands alone with its own controls. */
  mode: 'story' | 'embed';
  /** Accessible name of the graphic. */
  label: string;
  /** State to start in (embeds take it from the `step` parameter). */
  initialStep?: number | undefined;
  /** Start playing by itself (embeds, `autoplay=1`); never under prefers-reduced-motion. */
  autoplay?: boolean | undefined;
  /** Timeline only: the period ids a section's steps highlight, one per state. */
  focus?: string[] | undefined;
}
