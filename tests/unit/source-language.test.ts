import { describe, expect, it } from 'vitest';
import { chineseRuns, sourceTextLanguage } from '../../src/lib/sourceLanguage.ts';

describe('a source text’s language', () => {
  it('is Chinese for a title in Chinese, its punctuation included', () => {
    expect(sourceTextLanguage('首场“部长通道”有“新面孔”！曾是“国产大飞机掌门人”')).toBe('zh');
  });
  it('is English for English, and for English that quotes a Chinese name', () => {
    expect(sourceTextLanguage('Tencent 2023 annual report')).toBe('en');
    expect(sourceTextLanguage('Beijing News (新京报)')).toBe('en');
  });
});

describe('Chinese runs', () => {
  it('sets a Chinese name apart from the English around it', () => {
    expect(chineseRuns('Beijing News (新京报)')).toEqual([
      { text: 'Beijing News (', chinese: false },
      { text: '新京报', chinese: true },
      { text: ')', chinese: false },
    ]);
  });
  it('keeps a text all in Chinese whole, its quotation marks included', () => {
    const title = '首场“部长通道”有“新面孔”！曾是“国产大飞机掌门人”';
    expect(chineseRuns(title)).toEqual([{ text: title, chinese: true }]);
  });
  it('keeps Chinese punctuation inside its run and leaves text without Chinese whole', () => {
    expect(chineseRuns('站长网：淘宝')).toEqual([{ text: '站长网：淘宝', chinese: true }]);
    expect(chineseRuns('Reuters')).toEqual([{ text: 'Reuters', chinese: false }]);
    expect(chineseRuns('（）')).toEqual([{ text: '（）', chinese: false }]);
  });
});
