// The story's timeline steps: for each scroll step of the sections that share the timeline, the
// period it zooms to and the event it highlights and labels. Built from each section's `focus`
// list (frontmatter) and its <Step state={k} event="id"> tags; the N-th step of the scrolly, all
// its sections run together, shows steps[N].
import { periodForState, type PeriodId } from './periods.ts';

export interface StoryStep {
  period: PeriodId;
  /** The event the step's text describes (an id of timeline.json), or null if it names none. */
  event: string | null;
}

/** The steps of one section: state k (by default the step's position) zooms to focus[k]. */
export function sectionSteps(focus: readonly string[] | undefined, tags: readonly { state?: number; event?: string }[]): StoryStep[] {
  return tags.map((tag, index) => ({ period: periodForState(focus, tag.state ?? index), event: tag.event ?? null }));
}

/** The step shown at a scrolly index: clamped to the steps there are; the overview when there is none. */
export function stepAt(steps: readonly StoryStep[], index: number): StoryStep {
  if (steps.length === 0) return { period: 'overview', event: null };
  return steps[Math.min(Math.max(0, Math.trunc(index) || 0), steps.length - 1)]!;
}
