// The time window the timeline draws, following the window it is asked for: a zoom along
// zoomPath.ts, one frame at a time, so the axis, the band and the marks move together. Readers who
// asked for less motion, and the first draw, get the end at once.
import { untrack } from 'svelte';
import { easeInOut, zoomPath, type Domain } from './zoomPath.ts';

/** `glide` says whether this change may be animated (read without tracking: false while hydrating). */
export function zoomView(target: () => Domain, glide: () => boolean): { readonly current: Domain; readonly moving: boolean } {
  let current = $state.raw<Domain>(untrack(target));
  let moving = $state(false);
  $effect(() => {
    const to = target();
    const from = untrack(() => current);
    if (from[0] === to[0] && from[1] === to[1]) {
      moving = false;
      return;
    }
    if (!untrack(glide) || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      current = to;
      moving = false;
      return;
    }
    const path = zoomPath(from, to);
    let started: number | undefined;
    let frame = 0;
    const draw = (now: number) => {
      started ??= now;
      const t = Math.min(1, (now - started) / path.duration);
      current = path.at(easeInOut(t));
      if (t < 1) frame = requestAnimationFrame(draw);
      else moving = false;
    };
    moving = true;
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  });
  return {
    get current() {
      return current;
    },
    get moving() {
      return moving;
    },
  };
}
