const flushers = new Set<() => Promise<void>>();

/** Adds a save to run before the window closes (see answerFlushRequests); returns the removal. */
export function registerFlush(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => void flushers.delete(flush);
}

/** Runs every registered save and settles when all have (a failed one does not stop the others). */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}

/** Lets the main process wait for flushAll before it closes the window or quits. */
export function answerFlushRequests(): () => void {
  return window.gleaner?.onFlushRequest?.(flushAll) ?? (() => undefined);
}
