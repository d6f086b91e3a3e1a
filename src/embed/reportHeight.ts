// The child half of the responsive iframe: tells the parent page how tall this embed's content is,
// each time it changes, so the parent can size the iframe with no inner scrollbar. One measure,
// said in each protocol a host may listen for: pym.js's (our loader speaks it too), Datawrapper's
// responsive-embed listener, and AMP's amp-iframe. Each listener ignores the others' messages.
import { isValidChildId, makeHeightMessage, parentTargetOrigin } from '../lib/embedMessages.ts';

/** The content's own height: the root box, which does not stretch to the viewport, so it can shrink. */
const contentHeight = (): number => Math.ceil(document.documentElement.getBoundingClientRect().height);

/** The messages saying one height, for every protocol this page's parent may speak. */
export function heightMessages(height: number, childId: string | null, chartId: string): unknown[] {
  return [
    ...(childId === null ? [] : [makeHeightMessage(childId, height)]),
    // Datawrapper's listener sizes the iframe that sent it (older ones: the id or src naming the chart).
    { 'datawrapper-height': { [chartId]: height } },
    // AMP sizes an <amp-iframe resizable> from the frame's embed-size request.
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}

export function reportHeightToParent(): void {
  if (window.parent === window) return;
  const params = new URLSearchParams(window.location.search);
  // Our loader and pym.js parents both name the child with pym's `childId` parameter.
  const given = params.get('childId');
  const childId = given !== null && isValidChildId(given) ? given : null;
  const chartId = document.querySelector<HTMLElement>('[data-graphic]')?.dataset.graphic ?? 'graphic';
  const targetOrigin = parentTargetOrigin(window.location.ancestorOrigins?.[0], document.referrer, params.get('parentUrl'));

  let lastSent = -1;
  const send = () => {
    const height = contentHeight();
    if (height === lastSent) return;
    lastSent = height;
    // window.parent, never window.top: the host page that made the iframe is the one that sizes it.
    for (const message of heightMessages(height, childId, chartId)) window.parent.postMessage(message, targetOrigin);
  };
  // Fires once on observe, then on every change of the root's size: text wrapping as the width
  // changes, a widget growing or shrinking a panel, fonts arriving. No timer.
  new ResizeObserver(send).observe(document.documentElement);
}
