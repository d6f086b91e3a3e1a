// Lays out, while the browser has nothing else to do, things the page skips at load with
// `content-visibility: auto` (the sticky graphics, the source list's entries). Left to the
// browser, they would be laid out in the frames the reader scrolls them near, many at once: a
// quarter of a second for the source list on a phone. Here a batch of them is laid out in each short idle task, in page order,
// long before the reader gets there, and never inside the load: the source list from the reader's
// first scroll (one who only reads the first screen costs the phone nothing), the graphics, which
// the reader meets within a few screens, from the end of the load. A reader who jumps ahead
// meets the browser's own on-demand layout, as before. Only for parts small enough to lay out
// in one short task: a graphic goes in two (src/story/storyPage.ts).
import { afterLoad } from './afterLoad.ts';
import { whenIdle } from './whenIdle.ts';

/**
 * Work per idle task, in ms: well short of a long task (50 ms) on the phone it runs on, so a
 * frame the reader scrolls is never held back long.
 */
export const SLICE_MS = 20;

/**
 * How many elements the next task lays out, from how long the last batch of `size` took. Each
 * layout pass has a fixed cost (a few ms on a phone) besides each element's own, so one element per
 * pass costs several times the whole list laid out at once: batches grow while they stay within
 * the slice (at most doubling, so a misjudged one stays short) and shrink when one overran it.
 */
export function nextBatchSize(size: number, tookMs: number, sliceMs = SLICE_MS): number {
  const fitting = Math.floor((size * sliceMs) / Math.max(tookMs, 0.1));
  if (tookMs > sliceMs) return Math.max(1, fitting);
  return Math.max(tookMs < sliceMs * 0.75 ? size + 1 : size, Math.min(size * 2, fitting));
}

/**
 * Takes the next batch off the front of `queue`: up to `size` elements, but an element that is
 * slow to lay out alone (`alone`) always gets a batch of its own, so the time it takes neither
 * adds to other elements' nor sets the size of the batches after it.
 */
export function takeBatch<T>(queue: T[], size: number, alone: (element: T) => boolean): T[] {
  if (queue.length > 0 && alone(queue[0]!)) return queue.splice(0, 1);
  const end = queue.findIndex((element, index) => index > 0 && alone(element));
  return queue.splice(0, Math.min(size, end === -1 ? queue.length : end));
}

export interface LayOutOptions {
  /** An element slow to lay out, for reasons of its own: it gets an idle task to itself. */
  alone?: (element: HTMLElement) => boolean;
  /** When the work begins: at the reader's first scroll (the default), or as soon as the page has loaded. */
  start?: 'firstScroll' | 'load';
  /** What makes an element laid out: by default, `content-visibility: visible` in its own style. */
  reveal?: (element: HTMLElement) => void;
}

const showInline = (element: HTMLElement) => {
  element.style.contentVisibility = 'visible';
};

/** Lays `elements` (each skipped by `content-visibility: auto`) out in idle time, in this order. */
export function layOutWhenIdle(elements: Iterable<HTMLElement>, { alone = () => false, start = 'firstScroll', reveal = showInline }: LayOutOptions = {}): void {
  const queue = [...elements];
  let size = 1;
  const layOutBatch = () => {
    const start = performance.now();
    const batch = takeBatch(queue, size, alone);
    for (const element of batch) reveal(element);
    // Reading a height lays the batch out now, in one pass inside this task, not in a scroll frame.
    void batch[0]!.offsetHeight;
    if (!alone(batch[0]!)) size = nextBatchSize(size, performance.now() - start);
    if (queue.length > 0) whenIdle(layOutBatch);
  };
  if (queue.length === 0) return;
  if (start === 'load') afterLoad(() => whenIdle(layOutBatch));
  else afterLoad(() => addEventListener('scroll', () => whenIdle(layOutBatch), { once: true, passive: true }));
}
