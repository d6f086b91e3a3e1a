// The story's one timeline: what each step shows, how it travels between periods, where its
// direct labels go. Pure functions, no browser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStepTags, graphicOf } from '../../src/story/stepTags.ts';
import { sectionSteps, stepAt } from '../../src/widgets/timeline/storySteps.ts';
import { MAX_ZOOM_MS, MIN_ZOOM_MS, zoomDuration } from '../../src/widgets/timeline/zoomDuration.ts';
import { layoutLabels, textWidth, wrapLabel } from '../../src/widgets/timeline/labelLayout.ts';
import { landmarkEventIds } from '../../src/widgets/timeline/landmarks.ts';

const eventIds = new Set((JSON.parse(readFileSync('content/data/timeline.json', 'utf8')) as { id: string }[]).map((e) => e.id));

describe('story steps', () => {
  it('reads each <Step> tag: its line, state and event', () => {
    const text = '---\ngraphic: timeline\n---\n\n<Step state={1} event="a">\n\ntext\n</Step>\n<Step>\n';
    expect(graphicOf(text)).toBe('timeline');
    expect(readStepTags(text)).toEqual([{ line: 5, state: 1, event: 'a' }, { line: 9 }]);
  });

  it('gives each step the period of its state and its event; a step without a state takes its position', () => {
    const steps = sectionSteps(['walls-2013', 'red-envelopes-2015'], [{ state: 0, event: 'a' }, { state: 1, event: 'b' }, { event: 'c' }]);
    expect(steps).toEqual([
      { period: 'walls-2013', event: 'a' },
      { period: 'red-envelopes-2015', event: 'b' },
      { period: 'red-envelopes-2015', event: 'c' },
    ]);
    expect(stepAt(steps, 7)).toEqual(steps[2]);
    expect(stepAt(steps, -1)).toEqual(steps[0]);
    expect(stepAt([], 0)).toEqual({ period: 'overview', event: null });
  });

  it('names landmarks that are events of the data', () => {
    for (const id of landmarkEventIds) expect(eventIds.has(id), id).toBe(true);
  });
});

describe('zoom duration', () => {
  it('lasts longer for a longer journey, within what a scroll step can wait for', () => {
    const near = zoomDuration([0, 100], [10, 110]);
    const far = zoomDuration([0, 100], [1000, 1050]);
    expect(far).toBeGreaterThan(near);
    for (const ms of [near, far, zoomDuration([0, 1], [0, 1e12])]) {
      expect(ms).toBeGreaterThanOrEqual(MIN_ZOOM_MS);
      expect(ms).toBeLessThanOrEqual(MAX_ZOOM_MS);
    }
  });

  it('counts a zoom in as much as the same zoom out', () => {
    expect(zoomDuration([0, 100], [25, 75])).toBe(zoomDuration([25, 75], [0, 100]));
  });
});

describe('direct labels', () => {
  const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };

  it('wraps a long label in two lines at the space nearest the middle', () => {
    expect(wrapLabel('short', 20)).toEqual(['short']);
    expect(wrapLabel('WeChat blocks Alipay red envelopes', 20)).toEqual(['WeChat blocks Alipay', 'red envelopes']);
    // Chinese has no spaces: between the two middle characters.
    expect(wrapLabel('阿里巴巴收到创纪录罚单', 6)).toEqual(['阿里巴巴收到', '创纪录罚单']);
  });

  it('measures a Chinese character a full em wide, so a Chinese label stays inside the plot', () => {
    expect(textWidth('罚单', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeCloseTo(11.6);
    const [label] = layoutLabels([{ id: 'a', text: '阿里巴巴收到创纪录罚单', x: 290, y: 100, size: 12, required: true }], bounds);
    expect(label!.box.x1).toBeLessThanOrEqual(300);
    expect(label!.box.x1 - label!.box.x0).toBeGreaterThanOrEqual(11 * 12 * 0.5);
  });

  it('keeps labels inside the plot and clear of each other, leaving out an optional one with no room', () => {
    const placed = layoutLabels(
      [
        { id: 'a', text: 'The event the step tells', x: 295, y: 100, size: 12, bold: true, required: true },
        { id: 'b', text: 'A landmark', x: 100, y: 100, size: 11 },
        { id: 'c', text: 'Another landmark', x: 50, y: 150, size: 11 },
      ],
      bounds,
    );
    expect(placed.map((label) => label.id)).toEqual(['a', 'b', 'c']);
    for (const { box } of placed) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(300);
      expect(box.y0).toBeGreaterThanOrEqual(0);
      expect(box.y1).toBeLessThanOrEqual(200);
    }
    const [a, b] = [placed[0]!.box, placed[1]!.box];
    expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    // A landmark is written above its mark: below is the next lane's.
    expect(b.y1).toBeLessThanOrEqual(100);
    const crowded = layoutLabels(
      [
        { id: 'a', text: 'First', x: 150, y: 100, size: 11, required: true },
        { id: 'b', text: 'Second', x: 150, y: 100, size: 11 },
      ],
      { x0: 0, y0: 70, x1: 300, y1: 130 },
      [],
    );
    expect(crowded.map((label) => label.id)).toEqual(['a']);
  });

  it('with no clear place, writes the required label where it covers the fewest marks', () => {
    const mark = (x: number, y: number) => ({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 });
    // Three marks in the row above the event's, one below it: every place covers one, above covers two.
    const [placed] = layoutLabels(
      [{ id: 'a', text: 'Required label', x: 150, y: 100, size: 12, required: true }],
      bounds,
      [mark(110, 80), mark(150, 80), mark(190, 80), mark(150, 122)],
    );
    expect(placed!.box.y0).toBeGreaterThanOrEqual(100);
  });

  it('takes one line more, narrower, to pass clear of marks its two lines would cover', () => {
    const mark = (x: number, y: number) => ({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 });
    const marks = [mark(150, 125), mark(150, 175)];
    const [placed] = layoutLabels(
      [{ id: 'a', text: 'Ant to become a financial holding company', x: 250, y: 150, size: 12, bold: true, required: true }],
      bounds,
      marks,
    );
    expect(placed!.lines).toHaveLength(3);
    for (const box of marks) expect(placed!.box.x0 < box.x1 && box.x0 < placed!.box.x1 && placed!.box.y0 < box.y1 && box.y0 < placed!.box.y1).toBe(false);
    expect(placed!.box.x0).toBeLessThanOrEqual(250);
    expect(placed!.box.x1).toBeGreaterThanOrEqual(250);
  });

  it('writes the required label inside the plot over an obstacle rather than outside it', () => {
    const [placed] = layoutLabels(
      [{ id: 'a', text: 'Required', x: 150, y: 185, size: 12, required: true }],
      bounds,
      [{ x0: 0, y0: 0, x1: 300, y1: 180 }],
    );
    expect(placed!.box.y1).toBeLessThanOrEqual(200);
    expect(placed!.box.y0).toBeGreaterThanOrEqual(0);
  });
});
