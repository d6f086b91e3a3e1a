// The timeline's data fails loudly: each fixture in tests/fixtures/timeline-*/ is a full copy of
// content/data/ with one defect in timeline.json, and readStoryData must name the file, the row
// (records count from 1) and the field. The real data must pass and stay in reading order.
import { describe, expect, it } from 'vitest';
import { ContentDataError } from '../../src/data/ContentDataError.ts';
import { readStoryData } from '../../src/data/readStoryData.ts';
import { periods } from '../../src/widgets/timeline/periods.ts';
import { chronological, inPeriod } from '../../src/widgets/timeline/timelineModel.ts';

function failureOf(dir: string): ContentDataError {
  try {
    readStoryData(`tests/fixtures/${dir}`);
  } catch (error) {
    if (error instanceof ContentDataError) return error;
    throw error;
  }
  throw new Error(`${dir}: expected a ContentDataError, but the data was accepted`);
}

const cases = [
  { dir: 'timeline-unknown-actor', row: 4, field: 'actors.1', says: /alibaba/ },
  { dir: 'timeline-unknown-kind', row: 4, field: 'kind', says: /merger/ },
  { dir: 'timeline-unknown-source', row: 4, field: 'sources', says: /no-such-source/ },
  { dir: 'timeline-impossible-date', row: 4, field: 'date', says: /not a real calendar date/ },
  { dir: 'timeline-date-precision-mismatch', row: 4, field: 'date', says: /does not match precision "month"/ },
  { dir: 'timeline-duplicate-id', row: 6, field: 'id', says: /duplicate of row 4/ },
  { dir: 'timeline-missing-label', row: 4, field: 'label.en', says: /missing/ },
  { dir: 'timeline-end-before-start', row: 4, field: 'endDate', says: /after "2013-07-31"/ },
];

describe('timeline.json validation', () => {
  it.each(cases)('$dir fails naming the file, row $row and field "$field"', ({ dir, row, field, says }) => {
    const error = failureOf(dir);
    expect(error.file).toBe(`tests/fixtures/${dir}/timeline.json`);
    expect(error.row).toBe(row);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`tests/fixtures/${dir}/timeline.json, row ${row}, field "${field}"`);
    expect(error.message).toMatch(says);
  });
});

describe('the timeline data of record', () => {
  const { timeline, sources } = readStoryData('content/data');

  it('is valid and written in reading order', () => {
    expect(timeline.length).toBeGreaterThan(40);
    expect(timeline.map((event) => event.id)).toEqual(chronological(timeline).map((event) => event.id));
  });

  it('cites only sources with a URL', () => {
    const known = new Map(sources.map((source) => [source.id, source]));
    for (const event of timeline) for (const id of event.sources) expect(known.get(id)?.url, `${event.id} cites ${id}`).toMatch(/^https?:\/\//);
  });

  it('gives every period of the story something to show', () => {
    for (const period of periods) expect(timeline.filter((event) => inPeriod(event, period)).length, period.id).toBeGreaterThan(0);
  });

  it('places the events the period contract names in their period', () => {
    const byId = new Map(timeline.map((event) => [event.id, event]));
    const expectations: Record<string, string[]> = {
      'walls-2013': ['alibaba-suspends-wechat-apps', 'wechat-pay-launch', 'wechat-blocks-laiwang', 'taobao-cuts-wechat-links'],
      'red-envelopes-2015': ['wechat-red-packets', 'wechat-blocks-alipay-red-envelopes', 'spring-festival-gala-shake'],
      'douyin-2018-2021': ['wechat-restricts-douyin', 'wechat-blocks-toutiao-links', 'douyin-sues-tencent'],
      'crackdown-2020-2021': ['jack-ma-shanghai-speech', 'ant-ipo-suspended', 'wsj-xi-halted-ant-ipo', 'samr-probes-alibaba', 'alibaba-antitrust-fine', 'ant-restructuring'],
      'campaign-2021': ['miit-rectification-campaign', 'miit-link-blocking-meeting', 'miit-press-conference', 'wechat-opens-external-links', 'alibaba-apps-accept-wechat-pay', 'wechat-direct-links'],
      'trial-2022': ['jin-zhuanglong-minister', 'alipay-transfer-to-wechat-trial', 'trial-trends-on-weibo', 'scmp-reports-trial'],
      'fine-2023': ['ant-shareholding-change', 'ant-fine-2023'],
      'opening-2023-2024': ['taobao-wechat-qr-option', 'jd-scans-wechat-codes', 'wechat-codes-unionpay-network', 'taobao-rolls-out-wechat-pay'],
    };
    for (const [periodId, ids] of Object.entries(expectations)) {
      const period = periods.find((p) => p.id === periodId)!;
      for (const id of ids) expect(inPeriod(byId.get(id)!, period), `${id} in ${periodId}`).toBe(true);
    }
  });
});
