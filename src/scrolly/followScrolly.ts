// Used by a widget to follow the scrolly block it sits in: calls `onState` with the current state
// at once and on every change. Outside a scrolly (an embed), it does nothing. The block's state is
// its data-scrolly-state attribute, which scrollyController.ts writes: widgets watch the page, not
// the controller's code, so the story's own script shares no module with them and is written
// inline in the page (src/story/storyPage.ts).

const STATE_ATTRIBUTE = 'data-scrolly-state';

export function followScrolly(onState: (state: number) => void) {
  return (node: Element) => {
    const scrolly = node.closest<HTMLElement>('[data-scrolly]');
    if (!scrolly) return;
    let last: number | undefined;
    const report = () => {
      const written = scrolly.getAttribute(STATE_ATTRIBUTE);
      const state = Number(written);
      if (written === null || !Number.isInteger(state) || state === last) return;
      last = state;
      onState(state);
    };
    report();
    const observer = new MutationObserver(report);
    observer.observe(scrolly, { attributes: true, attributeFilter: [STATE_ATTRIBUTE] });
    return () => observer.disconnect();
  };
}
