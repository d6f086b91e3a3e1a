import { describe, expect, it } from 'vitest';
import {
  isValidChildId,
  makeHeightMessage,
  makeMessage,
  MAX_FRAME_HEIGHT,
  MIN_FRAME_HEIGHT,
  parentTargetOrigin,
  parseHeight,
  parseMessage,
  readHeightMessage,
} from '../../src/lib/embedMessages.ts';

describe('making messages', () => {
  it('writes the pym.js wire format, so pym parents understand it', () => {
    expect(makeMessage('pym-0-abcde', 'height', '512')).toBe('pymxPYMxpym-0-abcdexPYMxheightxPYMx512');
  });
  it('rounds heights up, so a fractional pixel never makes a scrollbar', () => {
    expect(makeHeightMessage('g', 511.2)).toBe('pymxPYMxgxPYMxheightxPYMx512');
  });
  it('accepts the ids pym and our loader give, and nothing that could break the format', () => {
    expect(isValidChildId('pym-0-abcde')).toBe(true);
    expect(isValidChildId('alipay-wechat-x1y2z3-0')).toBe(true);
    for (const bad of ['', 'axPYMxb', 'a b', 'a<b', 'a&b=c', 'x'.repeat(101)]) expect(isValidChildId(bad), bad).toBe(false);
  });
});

describe('parsing messages', () => {
  it('round-trips a message for the expected child', () => {
    expect(parseMessage(makeMessage('g', 'height', '512'), 'g')).toEqual({ type: 'height', value: '512' });
  });
  it.each([
    ['not a string', { type: 'height', value: 512 }],
    ['JSON', '{"type":"height","value":512}'],
    ['another child', 'pymxPYMxotherxPYMxheightxPYMx512'],
    ['another prefix', 'PYMxPYMxgxPYMxheightxPYMx512'],
    ['an unknown type', 'pymxPYMxgxPYMxnavigateToxPYMxhttps://example.com/'],
    ['too many parts', 'pymxPYMxgxPYMxheightxPYMx512xPYMx1'],
    ['too few parts', 'pymxPYMxgxPYMxheight'],
    ['too long', `pymxPYMxgxPYMxheightxPYMx512${' '.repeat(300)}`],
  ])('rejects %s', (_what, data) => {
    expect(parseMessage(data, 'g')).toBeNull();
  });
});

describe('parsing heights', () => {
  it('reads plain numbers of pixels', () => {
    expect(parseHeight('512')).toBe(512);
    expect(parseHeight('511.5')).toBe(512);
  });
  it('clamps a plausible height into the frame range', () => {
    expect(parseHeight('0')).toBe(MIN_FRAME_HEIGHT);
    expect(parseHeight('12')).toBe(MIN_FRAME_HEIGHT);
    expect(parseHeight('50000')).toBe(MAX_FRAME_HEIGHT);
  });
  it.each(['', '-5', '+5', '1e3', '0x10', 'Infinity', 'NaN', '512px', ' 512', '512 ', '99999999', '100001', '1.', '.5'])('drops "%s"', (value) => {
    expect(parseHeight(value)).toBeNull();
  });
});

describe('validating a message event on the parent side', () => {
  const frameWindow = { name: 'our iframe' };
  const expected = { source: frameWindow, origin: 'https://graphics.example.org', childId: 'g' };
  const valid = { data: makeHeightMessage('g', 600), origin: 'https://graphics.example.org', source: frameWindow };

  it('takes the height from our own iframe, from our origin, in our shape', () => {
    expect(readHeightMessage(valid, expected)).toBe(600);
  });
  it('ignores another window, even with the right origin and shape', () => {
    expect(readHeightMessage({ ...valid, source: { name: 'another frame' } }, expected)).toBeNull();
    expect(readHeightMessage({ ...valid, source: null }, expected)).toBeNull();
  });
  it('ignores an iframe that has no window any more', () => {
    expect(readHeightMessage({ ...valid, source: null }, { ...expected, source: null })).toBeNull();
  });
  it('ignores another origin, even from our iframe', () => {
    expect(readHeightMessage({ ...valid, origin: 'https://evil.example' }, expected)).toBeNull();
    expect(readHeightMessage({ ...valid, origin: 'https://graphics.example.org.evil.example' }, expected)).toBeNull();
    expect(readHeightMessage({ ...valid, origin: 'null' }, expected)).toBeNull();
  });
  it('ignores a bad shape or an absurd height', () => {
    expect(readHeightMessage({ ...valid, data: 'pymxPYMxgxPYMxheightxPYMx1e9' }, expected)).toBeNull();
    expect(readHeightMessage({ ...valid, data: 'pymxPYMxhxPYMxheightxPYMx600' }, expected)).toBeNull();
  });
});

describe('where the child posts', () => {
  it("prefers the parent's origin as the browser reports it", () => {
    expect(parentTargetOrigin('https://news.example', 'https://other.example/page', null)).toBe('https://news.example');
  });
  it('falls back to the referrer, then to pym’s parentUrl, then to any origin', () => {
    expect(parentTargetOrigin(undefined, 'https://news.example/a/b?c', null)).toBe('https://news.example');
    expect(parentTargetOrigin(undefined, '', 'https://news.example/story')).toBe('https://news.example');
    expect(parentTargetOrigin(undefined, '', null)).toBe('*');
  });
  it('never takes a non-web URL as a target', () => {
    expect(parentTargetOrigin('null', 'javascript:alert(1)', 'data:text/html,x')).toBe('*');
  });
});
