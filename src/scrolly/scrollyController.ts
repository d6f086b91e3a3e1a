// Drives every [data-scrolly] block: watches its steps with one IntersectionObserver and, when the
// active step changes, marks it and tells the graphic through a `scrolly:state` event. It knows
// nothing of the widgets; they listen (see followScrolly.ts).
import { activeStepIndex } from './activeStep.ts';

export const SCROLLY_EVENT = 'scrolly:state';
export interface ScrollyStateDetail {
  step: number;
  state: number;
}

/** The reading line sits a little above the middle of the viewport. */
const READING_LINE = 0.55;

function stepState(step: HTMLElement, index: number): number {
  const declared = Number(step.dataset.state);
  return Number.isInteger(declared) && declared >= 0 ? declared : index;
}

function drive(scrolly: HTMLElement): void {
  const steps = [...scrolly.querySelectorAll<HTMLElement>('[data-scrolly-step]')];
  if (steps.length === 0) return;
  let current = -1;

  const update = () => {
    const line = window.innerHeight * READING_LINE;
    const index = activeStepIndex(steps.map((step) => ({ top: step.getBoundingClientRect().top })), line);
    if (index === current) return;
    current = index;
    steps.forEach((step, i) => step.classList.toggle('is-active', i === index));
    const state = stepState(steps[index]!, index);
    scrolly.dataset.scrollyStep = String(index);
    scrolly.dataset.scrollyState = String(state);
    scrolly.dispatchEvent(new CustomEvent<ScrollyStateDetail>(SCROLLY_EVENT, { detail: { step: index, state } }));
  };

  // The observer's root is the part of the viewport above the reading line, so a step's
  // intersection changes exactly when its top crosses that line (or it leaves at the top).
  const observer = new IntersectionObserver(update, {
    rootMargin: `0px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px`,
    threshold: 0,
  });
  steps.forEach((step) => observer.observe(step));
  scrolly.dataset.scrollyReady = '';
  update();
}

export function startScrollies(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-scrolly]:not([data-scrolly-ready])').forEach(drive);
}
