// The timeline data of record: valid, in reading order, with something in every period. Broken
// timelines are data fixtures like any other (tests/fixtures/data/timeline-*, content-data.test.ts).
import { describe, expect, it } from 'vitest';
import { readStoryData } from '../../src/data/readStoryData.ts';
import { periods } from '../../src/widgets/timeline/periods.ts';
import { chronological, inPeriod } from '../../src/widgets/timeline/timelineModel.ts';

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
