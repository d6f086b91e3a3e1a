// A value that follows another one frame late: the browser first paints the reader's input (the
// pressed button, the new step's name), then the drawing is redrawn in a task of its own. The tap
// and the redraw no longer share one long task, and a phone answers the tap at once (INP).
// Values that change again before they are drawn are skipped: only the latest is drawn.
import { untrack } from 'svelte';
import { afterNextPaint } from './afterNextPaint.ts';

/** Reads `source` now, and updates `current` once the browser has painted since it changed. */
export function afterPaint<T>(source: () => T): { readonly current: T } {
  // Raw: values are replaced, never mutated in place (no deep-state proxy needed).
  let current = $state.raw(untrack(source));
  $effect(() => {
    const next = source();
    if (Object.is(next, untrack(() => current))) return;
    return afterNextPaint(() => (current = next));
  });
  return {
    get current() {
      return current;
    },
  };
}
