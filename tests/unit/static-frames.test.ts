import { describe, expect, it } from 'vitest';
import type { StaticPage } from '../../src/images/staticFrames.ts';
import { widgetNamed, type WidgetName } from '../../src/widgets/registry.ts';
import { timelineSpan } from '../../src/widgets/timeline/image.ts';

/** The blocks of each state's image, as the widget's own image description reads them. */
const staticFrameBlocks = (widget: WidgetName, html: string, colourOf: StaticPage['colourOf']) =>
  widgetNamed(widget).image.frames({ html, locale: 'en', colourOf, token: () => '#000', measure: { regular: () => 0, bold: () => 0 } });

describe('each widget reads its images from its static embed page', () => {
  it('reads each market-share view: its drawing(s), description and caption', () => {
    const html = `<ol class="frames s" data-frames="market-share">
      <li data-frame="0"><figure><svg viewBox="0 0 400 300" aria-hidden="true"><!--[--><rect class="a"/></svg><figcaption><p class="description s">First &amp; only.</p><p class="caption s">Source&nbsp;: X.</p></figcaption></figure></li>
      <li data-frame="1"><figure><svg viewBox="0 0 400 300"></svg><figcaption><p class="description">One</p><p class="caption">c</p></figcaption></figure><figure><svg viewBox="0 0 400 300"></svg><figcaption><p class="description">Two</p><p class="caption">c</p></figcaption></figure></li>
    </ol>`;
    const [first, second] = staticFrameBlocks('market-share', html, () => undefined);
    expect(first).toHaveLength(1);
    expect(first![0]!.chart!.viewBox).toEqual({ width: 400, height: 300 });
    expect(first![0]!.chart!.markup).toBe('<svg viewBox="0 0 400 300"><rect class="a"/></svg>');
    expect(first![0]!.texts.map((text) => text.text)).toEqual(['First & only.', 'Source\u00a0: X.']);
    expect(second!.map((block) => block.texts[0]!.text)).toEqual(['One', 'Two']);
  });

  it('turns the WeChat-users words laid over the drawing into labels, without the hidden ones', () => {
    const html = `<ol class="frames x"><li><div class="users-chart x"><svg viewBox="0 0 400 270"></svg>
      <span class="label grid-label end x above" style="left: 96.50%; top: 37.53%;">1 billion</span>
      <span class="label claim-label start below x" style="left: 35%; top: 39%;">hidden</span>
      <span class="label value start below x" style="left: 28.48%; top: 46.20%;">889 million</span></div> <p class="x">On 31 December 2016…</p></li></ol>`;
    const block = staticFrameBlocks('wechat-users', html, () => undefined)[0]![0]!;
    expect(block.texts[0]!.text).toBe('On 31 December 2016…');
    expect(block.chart!.labels).toEqual([
      expect.objectContaining({ lines: ['1 billion'], anchor: 'end', above: true, ink: 'muted', x: 0.965 }),
      expect.objectContaining({ lines: ['889 million'], anchor: 'start', above: false, bold: true, ink: 'text' }),
    ]);
  });

  it('colours the timeline marks and key by actor, and counts the events', () => {
    const html = `<div class="tl-chart"><svg viewBox="0 0 640 272"><g class="tl-event tl-actor--ant s" style="transform: translate(12.5px, 49px);"></g></svg></div>
      <p class="tl-key s"><span class="tl-key__item tl-actor--ant s"><span class="tl-swatch"></span>Alibaba, Ant</span><span class="tl-key__item s">Dotted: doubtful</span></p>
      <ol class="tl-list s"><li><time datetime="2004">2004</time><ol><li data-event-id="a"></li><li data-event-id="b"><time datetime="2024-05-01">May</time></li></ol></li></ol>`;
    const block = staticFrameBlocks('timeline', html, (name) => (name === 'tl-actor--ant' ? '#1d4ed8' : undefined))[0]![0]!;
    expect(block.chart!.markup).toContain('<g class="tl-event tl-actor--ant s" style="color: #1d4ed8" transform="translate(12.5 49)">');
    expect(block.key).toEqual([{ text: 'Alibaba, Ant', colour: '#1d4ed8' }, { text: 'Dotted: doubtful', colour: undefined }]);
    expect(timelineSpan(html)).toEqual({ count: 2, from: '2004', to: '2024' });
  });
});
