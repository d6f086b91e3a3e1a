// The child half of the responsive iframe: tells the parent page how tall this embed's content is,
// each time it changes, so the parent can size the iframe with no inner scrollbar.
import { isValidChildId, makeHeightMessage, parentTargetOrigin } from '../lib/embedMessages.ts';

/** The content's own height: the root box, which does not stretch to the viewport, so it can shrink. */
const contentHeight = (): number => Math.ceil(document.documentElement.getBoundingClientRect().height);

export function reportHeightToParent(): void {
  if (window.parent === window) return;
  const params = new URLSearchParams(window.location.search);
  // Our loader and pym.js parents both name the child with pym's `childId` parameter.
  const childId = params.get('childId');
  if (childId === null || !isValidChildId(childId)) return;
  const targetOrigin = parentTargetOrigin(window.location.ancestorOrigins?.[0], document.referrer, params.get('parentUrl'));

  let lastSent = -1;
  const send = () => {
    const height = contentHeight();
    if (height === lastSent) return;
    lastSent = height;
    // window.parent, never window.top: the host page that made the iframe is the one that sizes it.
    window.parent.postMessage(makeHeightMessage(childId, height), targetOrigin);
  };
  // Fires once on observe, then on every change of the root's size: text wrapping as the width
  // changes, a widget growing or shrinking a panel, fonts arriving. No timer.
  new ResizeObserver(send).observe(document.documentElement);
}
