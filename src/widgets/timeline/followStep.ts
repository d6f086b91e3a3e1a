// The story's timeline follows the active step of its scrolly by position (data-scrolly-step,
// written by src/scrolly/scrollyController.ts), not by state: its steps come from several
// sections, each numbering its own states from 0, and storySteps.ts says what each position shows.
// Like followScrolly.ts, it watches the page's attribute rather than importing the controller.

const STEP_ATTRIBUTE = 'data-scrolly-step';

/** Calls `onStep` with the scrolly's active step at once and on every change; outside a scrolly, nothing. */
export function followStep(onStep: (index: number) => void) {
  return (node: Element) => {
    const scrolly = node.closest<HTMLElement>('[data-scrolly]');
    if (!scrolly) return;
    let last: number | undefined;
    const report = () => {
      const written = scrolly.getAttribute(STEP_ATTRIBUTE);
      const index = Number(written);
      if (written === null || written === '' || !Number.isInteger(index) || index === last) return;
      last = index;
      onStep(index);
    };
    report();
    const observer = new MutationObserver(report);
    observer.observe(scrolly, { attributes: true, attributeFilter: [STEP_ATTRIBUTE] });
    return () => observer.disconnect();
  };
}
