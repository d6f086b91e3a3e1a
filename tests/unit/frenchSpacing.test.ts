import { describe, expect, it } from 'vitest';
import { applyFrenchSpacing } from '../../src/lib/remarkFrenchSpacing.js';

describe('French prose spacing', () => {
  it('binds high punctuation and guillemets to their word', () => {
    expect(applyFrenchSpacing('« Pourquoi ? » dit-il ; puis : 90 %')).toBe(
      '«\u202fPourquoi\u202f?\u202f» dit-il\u202f; puis\u00a0: 90\u00a0%',
    );
  });
  it('leaves text without a typed space alone', () => {
    expect(applyFrenchSpacing('https://example.org/?a=1')).toBe('https://example.org/?a=1');
  });
});
