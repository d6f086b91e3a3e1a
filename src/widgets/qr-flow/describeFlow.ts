// The words for a given moment of the widget: the state's sentence and the amount field's messages,
// the templates of the page's language (qrFlowStrings.ts) filled with every amount formatted for
// the reader's locale (French: « 88,00 yuans »).
import { fill } from '../../lib/fill.ts';
import { formatYuan } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fenToYuan, MAX_TRANSFER_FEN, MIN_TRANSFER_FEN, type AmountProblem } from './amount.ts';
import { clampFlowState, type Scenario } from './flowStates.ts';
import type { QrFlowStrings } from './qrFlowStrings.ts';

const yuan = (fen: number, locale: Locale) => formatYuan(fenToYuan(fen), locale);
const limits = (locale: Locale) => ({ min: yuan(MIN_TRANSFER_FEN, locale), max: yuan(MAX_TRANSFER_FEN, locale) });

export function describeFlowState(t: QrFlowStrings, state: number, scenario: Scenario, fen: number, locale: Locale): string {
  const sentence = t.stateSentences[scenario][clampFlowState(state)]!;
  return fill(sentence, { amount: yuan(fen, locale), cap: yuan(MAX_TRANSFER_FEN, locale) });
}

export const amountHint = (t: QrFlowStrings, locale: Locale): string => fill(t.amountHint, limits(locale));

export const amountProblemMessage = (t: QrFlowStrings, problem: AmountProblem, locale: Locale): string =>
  fill(t.amountProblems[problem], limits(locale));

export const formatFen = yuan;
