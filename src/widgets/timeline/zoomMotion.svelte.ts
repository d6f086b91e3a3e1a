// Whether the timeline is gliding to a new time window, and for how long. The chart draws the new
// window at once and the browser's CSS transitions carry the marks, band and ticks there
// (TimelineChart.svelte): no script runs frame by frame, so a phone scrolling the story keeps its
// frames short. Readers who asked for less motion, and the first draw, get the end at once.
import { untrack } from 'svelte';
import { zoomDuration, type Domain } from './zoomDuration.ts';

/** `glide` says whether this change may be animated (read without tracking: false while hydrating). */
export function zoomMotion(target: () => Domain, glide: () => boolean): { readonly glideMs: number } {
  let glideMs = $state(0);
  let drawn = untrack(target);
  let timer: ReturnType<typeof setTimeout> | undefined;
  $effect(() => {
    const to = target();
    const from = drawn;
    drawn = to;
    if (from[0] === to[0] && from[1] === to[1]) return;
    clearTimeout(timer);
    if (!untrack(glide) || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      glideMs = 0;
      return;
    }
    const ms = zoomDuration(from, to);
    glideMs = ms;
    timer = setTimeout(() => (glideMs = 0), ms + 50);
  });
  $effect(() => () => clearTimeout(timer));
  return {
    get glideMs() {
      return glideMs;
    },
  };
}
