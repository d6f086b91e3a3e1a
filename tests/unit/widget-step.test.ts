import { describe, expect, it } from 'vitest';
import { embedStep, scrollyStep } from '../../src/widgets/widgetStep.ts';

describe('the step an embed opens on', () => {
  const source = { count: 4, opening: 2 };
  it('is the URL step, clamped to the widget states', () => {
    expect(embedStep('?step=1', source)).toBe(1);
    expect(embedStep('?step=0', source)).toBe(0);
    expect(embedStep('?step=9', source)).toBe(3);
  });
  it('is the opening state when the URL asks none or asks nonsense', () => {
    for (const search of ['', '?step=', '?step=-1', '?step=2.5', '?step=abc', '?theme=dark']) expect(embedStep(search, source), search).toBe(2);
  });
  it('may depend on the URL other parameters', () => {
    const playsFromTheStart = { count: 6, opening: ({ autoplay }: { autoplay: boolean }) => (autoplay ? 0 : 5) };
    expect(embedStep('?autoplay=1', playsFromTheStart)).toBe(0);
    expect(embedStep('', playsFromTheStart)).toBe(5);
    expect(embedStep('?autoplay=1&step=3', playsFromTheStart)).toBe(3);
  });
});

describe('a scrolly attribute as a step', () => {
  it('reads whole numbers', () => {
    expect(scrollyStep('0')).toBe(0);
    expect(scrollyStep('12')).toBe(12);
  });
  it('ignores what is not a step', () => {
    for (const written of [null, '', ' ', '-1', '1.5', 'NaN', 'two']) expect(scrollyStep(written), String(written)).toBeNull();
  });
});
