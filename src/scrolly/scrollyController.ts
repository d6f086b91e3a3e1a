// Drives every [data-scrolly] block: one IntersectionObserver watches all their steps and, when a
// block's active step changes, marks it and writes its state on the block (data-scrolly-state). It
// knows nothing of the widgets; they watch that attribute (src/widgets/widgetStep.ts). Positions
// come from the observer's entries, never from getBoundingClientRect: reading layout from script
// forced a full-page layout inside the task, a long task on a phone while the story loads.
import { activeStepIndex, hasPassed } from './activeStep.ts';
import { fitGraphics } from './fitGraphic.ts';

/**
 * The reading line, as a share of the viewport's height from its top. On a phone the graphic
 * holds the top 56 % (Scrolly.astro's --scrolly-graphic-block) and the cards rest below it: a
 * card becomes active as its top comes to rest just under the graphic. Beside a laptop's graphic,
 * the same line falls a little below the middle.
 */
const READING_LINE = 0.6;
/** How far above the viewport the observed area reaches: further than any page is long. */
const ABOVE_THE_PAGE = 1_000_000;

interface Block {
  scrolly: HTMLElement;
  steps: HTMLElement[];
  passed: boolean[];
  current: number;
}

function stepState(step: HTMLElement, index: number): number {
  const declared = Number(step.dataset.state);
  return Number.isInteger(declared) && declared >= 0 ? declared : index;
}

function show(block: Block): void {
  const index = activeStepIndex(block.passed);
  if (index === block.current) return;
  block.current = index;
  block.steps.forEach((step, i) => step.classList.toggle('is-active', i === index));
  const state = stepState(block.steps[index]!, index);
  block.scrolly.dataset.scrollyStep = String(index);
  block.scrolly.dataset.scrollyState = String(state);
}

export function startScrollies(root: ParentNode = document): void {
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-scrolly]:not([data-scrolly-ready])')]
    .map((scrolly): Block => {
      const steps = [...scrolly.querySelectorAll<HTMLElement>('[data-scrolly-step]')];
      return { scrolly, steps, passed: steps.map(() => false), current: -1 };
    })
    .filter((block) => block.steps.length > 0);
  if (blocks.length === 0) return;
  const stepOf = new Map(blocks.flatMap((block) => block.steps.map((step, index) => [step, { block, index }] as const)));
  // The observed area runs from far above the page (more than any page is long) down to the
  // reading line, so a step's intersection changes exactly when its top crosses that line, in
  // either direction, even when a jump (a link, the back button) takes it across without it ever
  // being in view. Its first report covers every step, which sets each block's first state.
  const observer = new IntersectionObserver(
    (entries) => {
      const changed = new Set<Block>();
      for (const entry of entries) {
        const where = stepOf.get(entry.target as HTMLElement);
        if (!where) continue;
        where.block.passed[where.index] = hasPassed(entry, window.innerHeight * READING_LINE);
        changed.add(where.block);
      }
      changed.forEach(show);
    },
    { rootMargin: `${ABOVE_THE_PAGE}px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px`, threshold: 0 },
  );
  for (const block of blocks) {
    block.steps.forEach((step) => observer.observe(step));
    block.scrolly.dataset.scrollyReady = '';
  }
  fitGraphics(blocks.flatMap(({ scrolly }) => [...scrolly.querySelectorAll<HTMLElement>(':scope > .scrolly__graphic > .scrolly__sticky')]));
}
