// The words for a given moment of the widget: the state's sentence and the amount field's messages,
// with every amount formatted for the reader's locale (French: « 88,00 yuans »).
import { formatYuan } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fenToYuan, MAX_TRANSFER_FEN, MIN_TRANSFER_FEN, type AmountProblem } from './amount.ts';
import { clampFlowState, type Scenario } from './flowStates.ts';
import { qrFlowStrings } from './strings.ts';

const yuan = (fen: number, locale: Locale) => formatYuan(fenToYuan(fen), locale);

export function describeFlowState(state: number, scenario: Scenario, fen: number, locale: Locale): string {
  const sentence = qrFlowStrings[locale].stateSentences[scenario][clampFlowState(state)]!;
  return sentence(yuan(fen, locale), yuan(MAX_TRANSFER_FEN, locale));
}

export function amountHint(locale: Locale): string {
  return qrFlowStrings[locale].amountHint(yuan(MIN_TRANSFER_FEN, locale), yuan(MAX_TRANSFER_FEN, locale));
}

export function amountProblemMessage(problem: AmountProblem, locale: Locale): string {
  return qrFlowStrings[locale].amountProblems[problem](yuan(MIN_TRANSFER_FEN, locale), yuan(MAX_TRANSFER_FEN, locale));
}

export const formatFen = yuan;
