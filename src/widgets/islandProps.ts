import type { Locale } from '../lib/i18n/locales.ts';
import type { ReachOptions } from './reachDirective.ts';
import type { StoryStep } from './timeline/storySteps.ts';

/** What every widget's Island.astro receives, in the story and on its embed page alike. */
export interface IslandProps {
  locale: Locale;
  /** 'story': driven by scroll steps; 'embed': stands alone with its own controls. */
  mode: 'story' | 'embed';
  /** Site-relative directory of the page the graphic is on, for its relative links (story pages). */
  pagePath?: string | undefined;
  /** Accessible name of the graphic. */
  label: string;
  /** What to render: the live widget, or its states as static frames (the static editions). */
  render: 'live' | 'frames';
  /**
   * Timeline only, in the story: the period each scroll step zooms to and the event it names, in
   * the order of the steps (all the sections that share the timeline, run together).
   */
  steps?: StoryStep[] | undefined;
  /**
   * Timeline only, in the story: the full list of events, with descriptions and sources, is given
   * once for readers without JavaScript, in the frames of the section that tells the whole period
   * ('here'); the other sections' frames list their events briefly and link to it ('elsewhere').
   */
  chronology?: 'here' | 'elsewhere' | undefined;
}

/**
 * When a story widget comes alive (`client:reach={storyHydration}`, src/widgets/reachDirective.ts):
 * its code is fetched as the graphic comes within a screen of the viewport, and it hydrates once
 * the graphic reaches the upper two thirds of the screen, not as soon as its top edge peeks in at
 * the bottom. Until then the server-rendered graphic shows the state the reader is in; a phone
 * whose first view ends on the edge of the first graphic does not hydrate it while the page loads.
 */
export const storyHydration: ReachOptions = { approach: '0px 0px 100% 0px', reach: '0px 0px -35% 0px' };
