import { describe, expect, it } from 'vitest';
import { applyFrenchSpacing } from '../../src/lib/remarkFrenchSpacing.js';

describe('French prose spacing', () => {
  it('binds high punctuation and guillemets to their word', () => {
    expect(applyFrenchSpacing('« Pourquoi ? » dit-il ; puis : 90 %')).toBe(
      '«\u202fPourquoi\u202f?\u202f» dit-il\u202f; puis\u00a0: 90\u00a0%',
    );
  });
  it('adds the space a writer forgot inside guillemets and before ; ! ?', () => {
    expect(applyFrenchSpacing('«transférer» ou pas? oui; non!')).toBe('«\u202ftransférer\u202f» ou pas\u202f? oui\u202f; non\u202f!');
  });
  it('leaves URLs alone', () => {
    expect(applyFrenchSpacing('https://example.org/?a=1')).toBe('https://example.org/?a=1');
  });
});
