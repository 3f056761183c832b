import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withFileLock } from '../util/file-lock';
import type { Workspace } from '../workspace/workspace';

const tails = new Map<string, Promise<unknown>>();

/** Runs `fn` after every earlier call with the same key has settled: check-then-write stays atomic in this process. */
export async function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}

/**
 * Runs `fn` holding the article for writing, against this process's other writers and against other
 * processes on the same workspace folder (a second app instance on a shared drive, the CLI): a
 * version check and the write after it cannot interleave with another save of the same article.
 */
export async function withArticleLock<T>(ws: Workspace, id: string, fn: () => Promise<T>): Promise<T> {
  return withLock(`${ws.dir}\0${id}`, async () => {
    const dir = join(ws.dir, 'locks');
    await mkdir(dir, { recursive: true });
    // Hashed: the id comes from the caller and must not name a path.
    const name = `article-${createHash('sha256').update(id).digest('hex').slice(0, 32)}.lock`;
    return withFileLock(join(dir, name), fn);
  });
}

/** withArticleLock over several articles, taken in one order so that two bulk writers cannot deadlock. */
export async function withArticleLocks<T>(ws: Workspace, ids: readonly string[], fn: () => Promise<T>): Promise<T> {
  const [first, ...rest] = [...new Set(ids)].sort();
  if (first === undefined) return fn();
  return withArticleLock(ws, first, () => withArticleLocks(ws, rest, fn));
}
