// Work nobody is waiting for (code for printing, the service worker's registration) runs when the
// browser is idle, so that it never lands in the tasks that hydrate and paint the first screen, where
// each such piece used to add a few milliseconds to a task already long on a phone.

/** Runs `run` once the browser is idle (within `timeout` ms at most); returns a function that cancels it. */
export function whenIdle(run: () => void, timeout = 3000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  // Without idle callbacks (Safari): after the tasks already queued, and a little more.
  const id = setTimeout(run, 300);
  return () => clearTimeout(id);
}
