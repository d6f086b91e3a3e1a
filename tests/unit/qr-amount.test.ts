import { describe, expect, it } from 'vitest';
import { amountInputText, readAmount, type AmountProblem } from '../../src/widgets/qr-flow/amount.ts';

const refused = (typed: string, locale: 'fr' | 'en' = 'en'): AmountProblem | 'accepted' => {
  const reading = readAmount(typed, locale);
  return reading.ok ? 'accepted' : reading.problem;
};
const fen = (typed: string, locale: 'fr' | 'en' = 'en'): number | null => {
  const reading = readAmount(typed, locale);
  return reading.ok ? reading.fen : null;
};

describe('reading the amount the sender types (Alipay trial rules)', () => {
  it('accepts amounts from one fen to 2,000 yuan with at most two decimals', () => {
    expect(fen('0.01')).toBe(1);
    expect(fen('88')).toBe(8_800);
    expect(fen('2000')).toBe(200_000);
    expect(fen('2000.00')).toBe(200_000);
    expect(fen('12.5')).toBe(1_250);
    expect(fen('.5')).toBe(50);
    expect(fen('7.')).toBe(700);
    expect(fen('0088')).toBe(8_800);
  });

  it('ignores spaces around the amount but not inside it', () => {
    expect(fen(' 12 ')).toBe(1_200);
    expect(fen('\u00a012\t')).toBe(1_200);
    expect(refused('1 2')).toBe('format');
  });

  it('refuses each bad amount with its own reason', () => {
    expect(refused('')).toBe('empty');
    expect(refused('   ')).toBe('empty');
    expect(refused('abc')).toBe('format');
    expect(refused('12abc')).toBe('format');
    expect(refused('1e3')).toBe('format');
    expect(refused('¥88')).toBe('format');
    expect(refused('.')).toBe('format');
    expect(refused('0')).toBe('notPositive');
    expect(refused('0.00')).toBe('notPositive');
    expect(refused('-5')).toBe('notPositive');
    expect(refused('-0.01')).toBe('notPositive');
    expect(refused('2000.01')).toBe('tooLarge');
    expect(refused('2001')).toBe('tooLarge');
    expect(refused('12.345')).toBe('tooManyDecimals');
    expect(refused('99999999999999999999999999999999')).toBe('tooLarge');
    expect(refused('9'.repeat(400))).toBe('tooLarge');
  });

  it('reads the decimal comma in French only', () => {
    expect(fen('12,5', 'fr')).toBe(1_250);
    expect(fen('12.5', 'fr')).toBe(1_250);
    // In English "1,000" would mean a thousand to the reader: refused rather than guessed.
    expect(refused('1,000', 'en')).toBe('format');
    expect(refused('12,345', 'fr')).toBe('tooManyDecimals');
  });

  it('writes an amount back in the reader’s notation', () => {
    expect(amountInputText(8_800, 'fr')).toBe('88');
    expect(amountInputText(1_250, 'fr')).toBe('12,50');
    expect(amountInputText(1_250, 'en')).toBe('12.50');
    expect(amountInputText(1, 'en')).toBe('0.01');
  });
});
