// Work that can wait until the page has painted what the reader asked for: the library's filter
// counts and URL, the glosses of the titles in an article after a language switch. A frame's callbacks
// run before it is painted; a task queued from one runs after.

/** Runs `then` once the next frame is painted; returns a function that cancels it. */
export function afterNextPaint(then: () => void): () => void {
  if (typeof requestAnimationFrame === 'undefined') {
    const timer = setTimeout(then, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(then, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
