// The punctuation a widget puts between pieces of text it assembles. French puts a no-break space
// before « : » and « ; »; Chinese uses full-width marks, which carry their own spacing, so no space
// follows them and none separates two sentences.
import type { Locale } from './locales.ts';

export interface Punctuation {
  /** Between a label and what follows it, space included. */
  colon: string;
  /** Between two clauses or list items, space included. */
  semicolon: string;
  /** Between two items of a list, space included. */
  comma: string;
  fullStop: string;
  /** Between the two ends of a range of dates. */
  range: string;
  /** Between two sentences, and between a word and a number. */
  sentenceGap: string;
  /** Around an aside, with the space before it where the language has one. */
  brackets: readonly [string, string];
}

export const punctuation: Record<Locale, Punctuation> = {
  fr: { colon: '\u00a0: ', semicolon: '\u202f; ', comma: ', ', fullStop: '.', range: ' – ', sentenceGap: ' ', brackets: [' (', ')'] },
  en: { colon: ': ', semicolon: '; ', comma: ', ', fullStop: '.', range: ' – ', sentenceGap: ' ', brackets: [' (', ')'] },
  zh: { colon: '：', semicolon: '；', comma: '，', fullStop: '。', range: '—', sentenceGap: '', brackets: ['（', '）'] },
};
