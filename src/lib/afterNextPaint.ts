// Runs an action in a task of its own once the browser has painted what is on screen now, so
// the reader sees the previous change before the next one is worked out.

/** How long to wait for an animation frame before going on anyway: a hidden embed gets none. */
const NO_FRAME_MS = 100;

/** Schedules `action` after the next paint; returns what cancels it. */
export function afterNextPaint(action: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (task === undefined) task = setTimeout(action, 0);
  };
  const frame = requestAnimationFrame(schedule);
  const fallback = setTimeout(schedule, NO_FRAME_MS);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(task);
  };
}
