import { open, rm, stat } from 'node:fs/promises';
import { GleanerError } from '../../../shared/errors';

export interface FileLockOptions {
  /** A lock older than this was left by a process that died holding it. */
  staleMs?: number;
  /** Give up waiting after this long. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` while holding `path` as a lock file (created exclusively), so that processes sharing a folder
 * (two app instances on a shared drive, the CLI beside the app) take turns. A lock older than `staleMs`
 * is taken over.
 */
export async function withFileLock<T>(path: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const staleMs = options.staleMs ?? 30_000;
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let wait = 5;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > staleMs) {
        await rm(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new GleanerError('E_CONFLICT', `${path} is held by another Gleaner process; try again in a moment.`);
      await sleep(wait);
      wait = Math.min(100, wait * 2);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}
