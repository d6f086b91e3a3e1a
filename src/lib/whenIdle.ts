// Runs an action while the browser has nothing else to do; where there is no requestIdleCallback
// (Safari), after a short delay instead.

/** How long to wait where the browser cannot say when it is idle. */
const NO_IDLE_CALLBACK_MS = 100;

/** Schedules `action` for an idle moment; returns what cancels it. */
export function whenIdle(action: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(action);
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(action, NO_IDLE_CALLBACK_MS);
  return () => clearTimeout(id);
}
