// Lays out, while the browser has nothing else to do, what the page skips at load with
// `content-visibility: auto` (the graphics, the source list's entries). Left to the browser, each
// would be laid out in the frame the reader scrolls it near: a long task on a phone for a graphic,
// a quarter of a second for the whole source list. Here each is laid out in a short idle task,
// in page order, long before the reader gets there; a reader who jumps ahead meets the browser's
// own on-demand layout, as before.
import { afterLoad } from './afterLoad.ts';

/** Work per idle task, in ms: far from a long task (50 ms) even on a phone four times slower. */
const SLICE_MS = 8;

const queue: HTMLElement[] = [];
let scheduled = false;

const whenIdle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work);
  else setTimeout(work, 50);
};

function layOutSlice(): void {
  const start = performance.now();
  while (queue.length > 0 && performance.now() - start < SLICE_MS) {
    const element = queue.shift()!;
    element.style.contentVisibility = 'visible';
    // Reading its height lays it out now, inside this short task, instead of in a scroll frame.
    void element.offsetHeight;
  }
  if (queue.length > 0) whenIdle(layOutSlice);
  else scheduled = false;
}

/** Queues `elements` (each with `content-visibility: auto`) to be laid out in idle time after load. */
export function layOutWhenIdle(elements: Iterable<HTMLElement>): void {
  queue.push(...elements);
  // Page order whoever queues first: the reader comes to them in that order.
  queue.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  afterLoad(() => whenIdle(layOutSlice));
}
