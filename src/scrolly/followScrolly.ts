// Used by a widget to follow the scrolly block it sits in: calls `onChange` with the block's
// current state at once and on every change. Outside a scrolly (an embed), it does nothing. The
// block's state is its data-scrolly-state attribute, which scrollyController.ts writes: widgets
// watch the page, not the controller's code, so the story's own script shares no module with them
// and is written inline in the page (src/story/storyPage.ts). A widget whose steps come from
// several sections, each numbering its states from 0, follows the active step's position instead
// (`by: 'step'`, data-scrolly-step).

const ATTRIBUTE = { state: 'data-scrolly-state', step: 'data-scrolly-step' } as const;

export function followScrolly(onChange: (value: number) => void, by: keyof typeof ATTRIBUTE = 'state') {
  const attribute = ATTRIBUTE[by];
  return (node: Element) => {
    const scrolly = node.closest<HTMLElement>('[data-scrolly]');
    if (!scrolly) return;
    let last: number | undefined;
    const report = () => {
      const written = scrolly.getAttribute(attribute);
      const value = Number(written);
      if (written === null || !Number.isInteger(value) || value === last) return;
      last = value;
      onChange(value);
    };
    report();
    const observer = new MutationObserver(report);
    observer.observe(scrolly, { attributes: true, attributeFilter: [attribute] });
    return () => observer.disconnect();
  };
}
