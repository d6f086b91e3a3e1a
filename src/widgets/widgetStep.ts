// Where a widget's step comes from, for every widget: `{@attach stepFrom(source, onStep)}`.
// In the story, from the scrolly block it sits in: the block's data-scrolly-state, which
// scrollyController.ts writes (widgets watch the page, not the controller's code, so the story's
// own script shares no module with them). A widget whose steps run across several sections, each
// numbering its states from 0, follows the active step's position instead (data-scrolly-step).
// Alone in an embed, from the URL's ?step= once, clamped to the widget's states, else the state it
// opens on. After that, the widget's own controls set its state.
import { untrack } from 'svelte';
import { clampStep, readEmbedParams, type EmbedParams } from '../lib/embedParams.ts';

export interface StepSource {
  mode: 'story' | 'embed';
  /** Embed: how many states the URL may ask for. */
  count: number;
  /** Embed: the state it opens on when the URL asks none (from the URL's other parameters where they change it). */
  opening: number | ((params: EmbedParams) => number);
  /** Story: the block's own state, or the active step's position across sections. */
  by?: 'state' | 'step';
}

const SCROLLY_ATTRIBUTE = { state: 'data-scrolly-state', step: 'data-scrolly-step' } as const;

/** The state an embed opens on: the URL's step clamped to the widget's states, else its opening. */
export function embedStep(search: string, { count, opening }: Pick<StepSource, 'count' | 'opening'>): number {
  const params = readEmbedParams(search);
  return clampStep(params.step ?? (typeof opening === 'function' ? opening(params) : opening), count);
}

/** A scrolly attribute as a step: null when absent or not a whole number. */
export function scrollyStep(written: string | null): number | null {
  if (written === null || written.trim() === '') return null;
  const value = Number(written);
  return Number.isInteger(value) && value >= 0 ? value : null;
}

/**
 * The attachment: calls `onStep` with the widget's step at once and, in the story, on every change.
 * `onStep` runs untracked: state it reads must not make the attachment run again (and reset the
 * step the reader chose).
 */
export function stepFrom(source: StepSource, onStep: (step: number) => void) {
  const report = (step: number) => untrack(() => onStep(step));
  return (node: Element) => {
    if (source.mode === 'embed') {
      report(embedStep(window.location.search, source));
      return;
    }
    const scrolly = node.closest<HTMLElement>('[data-scrolly]');
    if (!scrolly) return;
    const attribute = SCROLLY_ATTRIBUTE[source.by ?? 'state'];
    let last: number | null = null;
    const follow = () => {
      const step = scrollyStep(scrolly.getAttribute(attribute));
      if (step === null || step === last) return;
      last = step;
      report(step);
    };
    follow();
    const observer = new MutationObserver(follow);
    observer.observe(scrolly, { attributes: true, attributeFilter: [attribute] });
    return () => observer.disconnect();
  };
}
