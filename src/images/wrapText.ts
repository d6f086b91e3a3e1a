// Lines of a paragraph that fit a width, broken at ordinary spaces, and between two Chinese
// characters, as Chinese is written without spaces. The no-break spaces of French typography
// (before « : », inside « 90 % ») hold their words together, as in the page; Chinese punctuation
// keeps to its character as the page's strict line breaking does (no line starts with ，or ）,
// none ends with （).
import type { MeasureText } from './fontMetrics.ts';

const CHINESE = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A word with Chinese in it, cut where a line may break: each character, its punctuation kept with it. */
const BREAKABLE_UNIT = /[（《「『【“‘]*(?:[\u3400-\u9fff\uf900-\ufaff]|[^\u3400-\u9fff\uf900-\ufaff（《「『【“‘，。、：；！？）》」』】”’…—%]+)[，。、：；！？）》」』】”’…—%]*/gu;

/** The pieces a line may break between, each with whether a space comes before it. */
function piecesOf(text: string): { text: string; spaced: boolean }[] {
  return text
    .trim()
    .split(/[ \t\n]+/)
    .flatMap((word) => {
      const units = CHINESE.test(word) ? (word.match(BREAKABLE_UNIT) ?? [word]) : [word];
      return units.map((unit, index) => ({ text: unit, spaced: index === 0 }));
    });
}

export function wrapText(text: string, width: number, size: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of piecesOf(text)) {
    const candidate = line === '' ? piece.text : `${line}${piece.spaced ? ' ' : ''}${piece.text}`;
    if (line !== '' && measure(candidate, size) > width) {
      lines.push(line);
      line = piece.text;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
