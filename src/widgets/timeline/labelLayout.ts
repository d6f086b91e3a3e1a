// Where the timeline writes its direct labels: the event the story's step describes, then a few
// landmarks, each just above or below its mark, never over another label, the lane names or the
// plot's edges. Text widths are estimated from the number of characters (the server has no text
// metrics, and the browser must draw what the server drew), generously, so an estimate errs on
// the side of room. Pure maths, no browser.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Something a label must not cover; a mark's own label may touch its mark (same id). */
export interface Obstacle extends Box {
  id?: string;
}

export interface LabelRequest {
  id: string;
  text: string;
  /** The mark's centre. */
  x: number;
  y: number;
  /** Font size in px. */
  size: number;
  bold?: boolean;
  /** Written even when it must overlap something (the step's event); others are left out. */
  required?: boolean;
}

export interface PlacedLabel {
  id: string;
  lines: string[];
  /** Where the text is anchored: its start or its end, at the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  lineHeight: number;
  box: Box;
}

/** Chinese characters (and their full-width punctuation), each a full em square wide. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** A generous estimate of a text's width: system sans-serif faces average 0.5-0.6 em a Latin character, a Chinese one takes 1 em. */
export const textWidth = (text: string, size: number, bold = false): number =>
  [...text].reduce((width, character) => width + size * (WIDE.test(character) ? 1 : bold ? 0.62 : 0.58), 0);

/**
 * The text in two lines, if it is longer than `maxChars`: split at the space nearest the middle,
 * or, in Chinese, which has no spaces, between the two characters there. A label is never cut.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const middle = text.length / 2;
  let at = -1;
  for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
    if (Math.abs(space - middle) < Math.abs(at - middle)) at = space;
  }
  if (at >= 0) return [text.slice(0, at), text.slice(at + 1)];
  const half = Math.ceil(middle);
  return WIDE.test(text[half - 1] ?? '') && WIDE.test(text[half] ?? '') ? [text.slice(0, half), text.slice(half)] : [text];
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The gap between a mark's centre and its label's nearest edge. */
const GAP = 12;
/** How far before the mark a start-anchored label begins, so it reads as the mark's. */
const LEAD = 4;

/** The lines with one more: the longest of them split in two; null when it cannot be split. */
function oneLineMore(lines: readonly string[]): string[] | null {
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
  const split = wrapLabel(longest, 0);
  if (split.length < 2) return null;
  const at = lines.indexOf(longest);
  return [...lines.slice(0, at), ...split, ...lines.slice(at + 1)];
}

/**
 * Every place a label may take, in order of preference. A required label may also take one line
 * more: narrower, it can pass between marks that its wider form would cover.
 */
function candidates(request: LabelRequest, bounds: Box): PlacedLabel[] {
  const room = bounds.x1 - bounds.x0;
  // Wrapped once it would take more than 85 % of the plot: `maxChars` 0 asks for two lines.
  const lines = textWidth(request.text, request.size, request.bold) <= room * 0.85 ? [request.text] : wrapLabel(request.text, 0);
  const narrower = request.required && lines.length < 3 ? oneLineMore(lines) : null;
  return [lines, ...(narrower ? [narrower] : [])].flatMap((wrapped) => placesFor(request, wrapped, bounds));
}

function placesFor(request: LabelRequest, lines: string[], bounds: Box): PlacedLabel[] {
  const { size, bold = false } = request;
  const lineHeight = Math.round(size * 1.2);
  const width = Math.max(...lines.map((line) => textWidth(line, size, bold)));
  const height = lines.length * lineHeight;
  const ascent = size * 0.8;
  const placed: PlacedLabel[] = [];
  // Below a mark is the next lane's space: only the step's own event, ringed, may go there.
  for (const side of request.required ? (['above', 'below'] as const) : (['above'] as const)) {
    const top = side === 'above' ? request.y - GAP - height : request.y + GAP;
    for (const anchor of ['start', 'end'] as const) {
      // The box starts at the mark (start) or ends at it (end), shifted back inside the plot.
      let x0 = anchor === 'start' ? request.x - LEAD : request.x + LEAD - width;
      x0 = Math.min(Math.max(x0, bounds.x0), bounds.x1 - width);
      const box = { x0, y0: top, x1: x0 + width, y1: top + height };
      placed.push({ id: request.id, lines, x: anchor === 'start' ? box.x0 : box.x1, y: top + ascent, anchor, lineHeight, box });
    }
  }
  return placed;
}

const inside = (box: Box, bounds: Box) => box.y0 >= bounds.y0 && box.y1 <= bounds.y1 && box.x0 >= bounds.x0 - 0.5 && box.x1 <= bounds.x1 + 0.5;

/** Of `options`, the first that covers the fewest obstacles (a crowded phone-width chart has no clear place). */
function leastCovering(options: readonly PlacedLabel[], obstacles: readonly Box[]): PlacedLabel | undefined {
  const covered = (option: PlacedLabel) => obstacles.filter((obstacle) => overlaps(option.box, obstacle)).length;
  return options.reduce<PlacedLabel | undefined>((best, option) => (best === undefined || covered(option) < covered(best) ? option : best), undefined);
}

/**
 * Places labels in the order asked (most important first). Each takes the first of its places
 * (above or below its mark, starting at it or ending at it, for a required one also in one line
 * more) that stays inside `bounds` and clear of the labels already placed and of `obstacles`
 * (lane names, other marks). A required label that
 * finds no clear place inside covers as few obstacles as it can (its halo keeps it legible), then
 * only if no place inside is left may it leave the bounds (over the axis' dates).
 */
export function layoutLabels(requests: readonly LabelRequest[], bounds: Box, obstacles: readonly Obstacle[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const all = candidates(request, bounds);
    const fitting = all.filter((option) => inside(option.box, bounds));
    const labels = placed.map((label) => label.box);
    const others = obstacles.filter((obstacle) => obstacle.id !== request.id);
    const clearOf = (options: readonly PlacedLabel[], boxes: readonly Box[]) =>
      options.find((option) => !boxes.some((box) => overlaps(option.box, box)));
    const choice =
      clearOf(fitting, [...labels, ...others]) ??
      (request.required ? (leastCovering(fitting.filter((option) => !labels.some((box) => overlaps(option.box, box))), others) ?? fitting[0] ?? clearOf(all, labels) ?? all[0]) : undefined);
    if (choice) placed.push(choice);
  }
  return placed;
}
