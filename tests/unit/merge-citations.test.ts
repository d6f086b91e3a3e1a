// Adjacent <Cite> tags become one mark; citations with words between them stay apart.
import { describe, expect, it } from 'vitest';
import { mergeCitations } from '../../src/story/remarkMergeCitations.js';

const cite = (id: string) => ({ type: 'html', value: `<Cite id="${id}" />` });
const text = (value: string) => ({ type: 'text', value });

describe('mergeCitations', () => {
  it('merges a run of tags, across blank text, into one tag listing every id in order', () => {
    const merged = mergeCitations([text('froze.'), cite('b'), cite('c'), text(' '), cite('d'), text(' Then')]);
    expect(merged).toEqual([text('froze.'), { type: 'html', value: '<Cite id="b c d" />' }, text(' Then')]);
  });
  it('keeps tags with words between them apart, and leaves other HTML alone', () => {
    const children = [text('2016,'), cite('a'), text(' then'), cite('b'), { type: 'html', value: '<span lang="zh">财付通</span>' }, cite('c')];
    expect(mergeCitations(children)).toEqual(children);
  });
  it('keeps a blank that ends a run after the merged tag', () => {
    expect(mergeCitations([cite('a'), cite('b'), text(' ')])).toEqual([{ type: 'html', value: '<Cite id="a b" />' }, text(' ')]);
  });
});
