// A source's own words (its title, its publisher's name, the note on where we read it) are in
// English or Chinese, whatever the story's language: content/data/sources.json holds no other.
// Marking them lets a screen reader switch voice and the Chinese fonts apply (WCAG 3.1.2).

// Han characters and the punctuation that only Chinese text uses (CJK symbols, full-width forms).
const chinese = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;
const latinLetter = /\p{Script=Latin}/u;

/** Chinese when the text has Han characters and no Latin letters, English otherwise. */
export function sourceTextLanguage(text: string): 'zh' | 'en' {
  return /\p{Script=Han}/u.test(text) && !latinLetter.test(text) ? 'zh' : 'en';
}

export interface TextRun {
  text: string;
  chinese: boolean;
}

/**
 * The text cut into runs of Chinese and the rest: "Beijing News (新京报)" has the name apart. A
 * text all in Chinese is one run, quotation marks and all.
 */
export function chineseRuns(text: string): TextRun[] {
  if (sourceTextLanguage(text) === 'zh') return [{ text, chinese: true }];
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(chinese)) {
    if (!/\p{Script=Han}/u.test(match[0])) continue;
    if (match.index > from) runs.push({ text: text.slice(from, match.index), chinese: false });
    runs.push({ text: match[0], chinese: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), chinese: false });
  return runs;
}
