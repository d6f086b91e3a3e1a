// Runs `action` once the page has loaded, in a task of its own. The load event fires in the task
// that ends parsing and lays the page out; work added to it there makes that task a long one.
export function afterLoad(action: () => void): void {
  const inATaskOfItsOwn = () => setTimeout(action, 0);
  if (document.readyState === 'complete') inATaskOfItsOwn();
  else window.addEventListener('load', inATaskOfItsOwn, { once: true });
}
