import { describe, expect, it } from 'vitest';
import { DEFAULT_AMOUNT_FEN } from '../../src/widgets/qr-flow/amount.ts';
import { amountHint as hintIn, amountProblemMessage as problemIn, describeFlowState } from '../../src/widgets/qr-flow/describeFlow.ts';
import { qrFlowStrings } from '../../src/widgets/qr-flow/qrFlowStrings.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import type { AmountProblem } from '../../src/widgets/qr-flow/amount.ts';
import {
  clampFlowState,
  flowScene,
  moneyPlaces,
  nextFlowState,
  QR_FLOW_STATE_COUNT,
  scenarios,
  shownFlowState,
  type Scenario,
} from '../../src/widgets/qr-flow/flowStates.ts';

// The words of one language, as a page carries them, filled as the widget fills them.
const sentenceOf = (state: number, scenario: Scenario, fen: number, locale: Locale) => describeFlowState(qrFlowStrings[locale], state, scenario, fen, locale);
const amountHint = (locale: Locale) => hintIn(qrFlowStrings[locale], locale);
const amountProblemMessage = (problem: AmountProblem, locale: Locale) => problemIn(qrFlowStrings[locale], problem, locale);

const states = Array.from({ length: QR_FLOW_STATE_COUNT }, (_, i) => i);

describe('the six states of the QR flow', () => {
  it('follows the 2022 trial: Alipay only, WeChat Pay refuses, refund after 24 h', () => {
    const trial = states.map((state) => flowScene(state, 'trial'));
    // Where the amount is drawn at each step of section 03: the sender's balance, held by Alipay
    // (while the code is made, while it travels in a WeChat chat, while WeChat Pay fails to collect
    // it), the friend's Alipay, and back to the sender after 24 h.
    expect(trial.map((scene) => scene.money)).toEqual(['senderAlipay', 'pending', 'pending', 'pending', 'friendAlipay', 'senderAlipay']);
    expect(trial.map((scene) => scene.code)).toEqual(['none', 'held', 'held', 'held', 'cashed', 'expired']);
    expect(trial.map((scene) => scene.picture)).toEqual(['none', 'none', 'shared', 'tapped', 'scanned', 'expired']);
    expect(trial.map((scene) => scene.wechatPay)).toEqual(['idle', 'idle', 'idle', 'refuses', 'idle', 'idle']);
    // The whole point: in the trial, the money never reaches WeChat Pay.
    expect(trial.some((scene) => scene.money === 'friendWechatPay' || scene.wechatPay === 'collects' || scene.settlement)).toBe(false);
  });

  it('keeps the money inside Alipay in the trial: every place it visits is one of Alipay’s', () => {
    const alipayPlaces = moneyPlaces.filter((place) => place !== 'friendWechatPay');
    expect(alipayPlaces).toEqual(['senderAlipay', 'pending', 'friendAlipay']);
    for (const state of states) expect(alipayPlaces).toContain(flowScene(state, 'trial').money);
  });

  it('lets WeChat Pay collect in one step only in the hypothetical scenario', () => {
    const interop = states.map((state) => flowScene(state, 'interop'));
    expect(interop.slice(0, 3)).toEqual(states.slice(0, 3).map((state) => flowScene(state, 'trial')));
    expect(interop[3]!.wechatPay).toBe('collects');
    expect(interop.slice(3).every((scene) => scene.money === 'friendWechatPay')).toBe(true);
    expect(interop.map((scene) => scene.settlement)).toEqual([false, false, false, false, false, true]);
    expect(interop.some((scene) => scene.money === 'friendAlipay' || scene.code === 'expired')).toBe(false);
  });

  it('clamps any state number into 0..5', () => {
    expect(clampFlowState(-3)).toBe(0);
    expect(clampFlowState(2.7)).toBe(2);
    expect(clampFlowState(99)).toBe(5);
    expect(clampFlowState(Number.NaN)).toBe(0);
  });

  it('holds the flow at the first state while the amount is refused', () => {
    expect(shownFlowState(4, false)).toBe(0);
    expect(shownFlowState(4, true)).toBe(4);
  });

  it('plays forward and stops at the end', () => {
    expect(nextFlowState(0)).toBe(1);
    expect(nextFlowState(4)).toBe(5);
    expect(nextFlowState(5)).toBeNull();
  });
});

describe('the sentence of each state', () => {
  it('is one sentence, in both languages and both scenarios', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const scenario of scenarios) {
        for (const state of states) {
          const sentence = sentenceOf(state, scenario, 200_000, locale);
          expect(sentence).toMatch(/\.$/);
          // No full stop followed by a space before the end: one sentence only.
          expect(sentence.slice(0, -1)).not.toMatch(/[.!?]\s/);
        }
      }
    }
  });

  it('formats amounts for each locale', () => {
    expect(sentenceOf(1, 'trial', DEFAULT_AMOUNT_FEN, 'en')).toBe(
      'Alipay takes ¥88.00 from the sender’s balance and turns the transfer into a QR code.',
    );
    expect(sentenceOf(1, 'trial', DEFAULT_AMOUNT_FEN, 'fr')).toMatch(/^Alipay prélève 88,00\u00a0yuans sur le solde/);
    expect(sentenceOf(0, 'trial', DEFAULT_AMOUNT_FEN, 'fr')).toMatch(/jusqu’à 2[\u00a0\u202f]000,00\u00a0yuans par transfert\.$/);
  });

  it('says the hypothetical scenario is hypothetical in every state', () => {
    for (const state of states) {
      expect(sentenceOf(state, 'interop', DEFAULT_AMOUNT_FEN, 'en')).toMatch(/^Hypothetical: /);
      expect(sentenceOf(state, 'interop', DEFAULT_AMOUNT_FEN, 'fr')).toMatch(/^Hypothèse\u00a0: /);
    }
  });

  it('gives French its no-break spaces before colons and semicolons', () => {
    expect(sentenceOf(4, 'trial', DEFAULT_AMOUNT_FEN, 'fr')).toContain('code\u00a0: la somme');
    expect(amountHint('fr')).toContain('au plus\u202f; les espaces');
  });

  it('explains each refused amount', () => {
    expect(amountProblemMessage('tooLarge', 'en')).toBe('The trial allowed at most ¥2,000.00 per transfer.');
    expect(amountProblemMessage('notPositive', 'en')).toBe('The amount must be at least ¥0.01.');
    expect(amountHint('en')).toContain('spaces before or after the amount are ignored');
  });
});
