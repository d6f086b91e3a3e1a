// Used by a widget to follow the scrolly block it sits in: calls `onState` with the current state
// at once and on every change. Outside a scrolly (an embed), it does nothing.
import { SCROLLY_EVENT, type ScrollyStateDetail } from './scrollyController.ts';

export function followScrolly(onState: (state: number) => void) {
  return (node: Element) => {
    const scrolly = node.closest<HTMLElement>('[data-scrolly]');
    if (!scrolly) return;
    const initial = Number(scrolly.dataset.scrollyState);
    if (Number.isInteger(initial)) onState(initial);
    const listener = (event: Event) => onState((event as CustomEvent<ScrollyStateDetail>).detail.state);
    scrolly.addEventListener(SCROLLY_EVENT, listener);
    return () => scrolly.removeEventListener(SCROLLY_EVENT, listener);
  };
}
