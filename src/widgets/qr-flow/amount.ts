// Reads the amount a reader types into the sender's Alipay, with the trial's rules: more than zero,
// at most RMB 2,000 per transfer (source scmp-2022-alipay-wechat in content/data/sources.json), and no smaller
// unit than the fen (0.01 yuan), so at most two decimals.
// Amounts are kept in fen, whole numbers, so no floating-point rounding ever reaches the screen.
import type { Locale } from '../../lib/i18n/locales.ts';

export const MAX_TRANSFER_FEN = 200_000;
export const MIN_TRANSFER_FEN = 1;
export const DEFAULT_AMOUNT_FEN = 8_800;

export type AmountProblem = 'empty' | 'format' | 'notPositive' | 'tooManyDecimals' | 'tooLarge';

export type AmountReading = { ok: true; fen: number } | { ok: false; problem: AmountProblem };

/**
 * Decimal separators a reader may type. French writes "12,50", English and Chinese "12.50"; a French reader
 * who types a point is understood too. In English a comma is refused rather than guessed, because
 * "1,000" would then mean one thousand to the reader and one yuan to us.
 */
const decimalSeparators: Record<Locale, string> = { fr: ',.', en: '.', zh: '.' };

/**
 * Spaces before or after the amount are ignored (a pasted " 12 " is 12); spaces inside it are not
 * ("1 2" is refused), since guessing what they meant could send the wrong sum.
 */
export function readAmount(typed: string, locale: Locale): AmountReading {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (/^-\s*[\d.,]*\d[\d.,]*$/.test(text)) return { ok: false, problem: 'notPositive' };
  const separators = decimalSeparators[locale].replace(/[.]/g, '\\.');
  const match = new RegExp(`^(\\d*)(?:[${separators}](\\d*))?$`).exec(text);
  if (!match) return { ok: false, problem: 'format' };
  const [, whole = '', decimals = ''] = match;
  if (whole === '' && decimals === '') return { ok: false, problem: 'format' };
  if (decimals.length > 2) return { ok: false, problem: 'tooManyDecimals' };
  // Compare digit strings first: a pasted 30-digit number must not become 1e30 or Infinity.
  const significant = whole.replace(/^0+/, '');
  if (significant.length > String(MAX_TRANSFER_FEN / 100).length) return { ok: false, problem: 'tooLarge' };
  const fen = Number(significant || '0') * 100 + Number(decimals.padEnd(2, '0'));
  if (fen < MIN_TRANSFER_FEN) return { ok: false, problem: 'notPositive' };
  if (fen > MAX_TRANSFER_FEN) return { ok: false, problem: 'tooLarge' };
  return { ok: true, fen };
}

/** Yuan as a number, for Intl formatting (formatYuan). Exact for every whole number of fen. */
export const fenToYuan = (fen: number): number => fen / 100;

/** The amount as typed back into the field, in the reader's notation: "88" or "12,50" / "12.50". */
export function amountInputText(fen: number, locale: Locale): string {
  const whole = Math.trunc(fen / 100);
  const cents = fen % 100;
  if (cents === 0) return String(whole);
  return `${whole}${locale === 'fr' ? ',' : '.'}${String(cents).padStart(2, '0')}`;
}
