// Lines of a paragraph that fit a width, broken at ordinary spaces only: the no-break spaces of
// French typography (before « : », inside « 90 % ») hold their words together, as in the page.
import type { MeasureText } from './fontMetrics.ts';

export function wrapText(text: string, width: number, size: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/[ \t\n]+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
