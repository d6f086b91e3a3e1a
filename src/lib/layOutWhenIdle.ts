// Lays out, while the browser has nothing else to do, small things the page skips at load with
// `content-visibility: auto` (the source list's entries). Left to the browser, they would be laid
// out in the frames the reader scrolls them near, many at once: a quarter of a second for the
// source list on a phone. Here a few are laid out in each short idle task, in page order, from
// the reader's first scroll, long before they get there: a reader who only reads the first
// screen costs the phone nothing, and the work stays out of the load. A reader who jumps ahead
// meets the browser's own on-demand layout, as before. Only for small elements: one that takes
// long to lay out (a graphic) would make its idle task a long one.
import { afterLoad } from './afterLoad.ts';
import { whenIdle } from './whenIdle.ts';

/**
 * Work per idle task, in ms: a long task is 50 ms, and Lighthouse counts a desktop's task four
 * times over for a phone.
 */
const SLICE_MS = 4;

/** Lays `elements` (each with `content-visibility: auto`) out in idle time, in this order. */
export function layOutWhenIdle(elements: Iterable<HTMLElement>): void {
  const queue = [...elements];
  const layOutSlice = () => {
    const start = performance.now();
    while (queue.length > 0 && performance.now() - start < SLICE_MS) {
      const element = queue.shift()!;
      element.style.contentVisibility = 'visible';
      // Reading its height lays it out now, inside this short task, instead of in a scroll frame.
      void element.offsetHeight;
    }
    if (queue.length > 0) whenIdle(layOutSlice);
  };
  if (queue.length === 0) return;
  afterLoad(() => addEventListener('scroll', () => whenIdle(layOutSlice), { once: true, passive: true }));
}
