// What a section's <Step> tags say, read from its .svx text: the state each step shows and the
// timeline event it describes. The build reads them twice: to check every event id against the
// data, naming the file and line (checkCitations.ts), and to tell the story's timeline which
// period and event each of its steps shows (sections.ts).

export interface StepTag {
  /** 1-based line of the tag in its file. */
  line: number;
  /** `state={k}`: the graphic state the step shows; absent, its position among the steps. */
  state?: number;
  /** `event="id"`: the timeline event the step's text describes. */
  event?: string;
}

const STEP = /<Step\b([^>]*)>/g;
const STATE = /\bstate\s*=\s*(?:\{\s*(\d+)\s*\}|["'](\d+)["'])/;
const EVENT = /\bevent\s*=\s*["']([^"']*)["']/;

/** Every <Step> opening tag in a section's text, in order (one tag per line at most, as written). */
export function readStepTags(text: string): StepTag[] {
  return text.split('\n').flatMap((source, index) =>
    [...source.matchAll(STEP)].map((match) => {
      const attributes = match[1]!;
      const state = STATE.exec(attributes);
      const event = EVENT.exec(attributes)?.[1];
      return {
        line: index + 1,
        ...(state ? { state: Number(state[1] ?? state[2]) } : {}),
        ...(event === undefined ? {} : { event }),
      };
    }),
  );
}

/** The `graphic` a section's frontmatter names, read from its text (before it is compiled). */
export const graphicOf = (text: string): string | undefined => /^---\n[\s\S]*?^graphic:\s*["']?([\w-]+)["']?\s*$/m.exec(text)?.[1];
