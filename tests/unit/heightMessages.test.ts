import { describe, expect, it } from 'vitest';
import { heightMessages } from '../../src/embed/reportHeight.ts';

describe('the height an embed reports', () => {
  it('says one measure in pym’s, Datawrapper’s and AMP’s words', () => {
    expect(heightMessages(612, 'graphic-1', 'timeline')).toEqual([
      'pymxPYMxgraphic-1xPYMxheightxPYMx612',
      { 'datawrapper-height': { timeline: 612 } },
      { sentinel: 'amp', type: 'embed-size', height: 612 },
    ]);
  });

  it('leaves pym’s message out when no parent named the child', () => {
    expect(heightMessages(300, null, 'qr-flow')).toHaveLength(2);
  });
});
