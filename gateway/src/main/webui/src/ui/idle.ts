/**
 * Runs `work` once the browser has nothing else to do (the page shown, its answers rendered), or
 * after `atMostMs`; returns how to call it off. Where the browser has no idle callbacks (jsdom),
 * at the next turn.
 */
export function whenIdle(work: () => void, atMostMs = 2_000): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(work, { timeout: atMostMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(work);
  return () => clearTimeout(id);
}
