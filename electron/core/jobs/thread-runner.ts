import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { ChannelJobRunner, type WorkerChannel } from './channel-runner';
import type { FromWorker } from './types';
import { WORKER_THREAD_LIMITS } from './worker-memory';

/**
 * The worker's entry file: the bundle in dist/ when running from a build, otherwise a small
 * .mjs shim that registers tsx and loads the TypeScript entry (CLI, tests, e2e).
 */
export function defaultWorkerEntry(): string {
  const here = fileURLToPath(import.meta.url);
  const bundled = here.replace(/[\\/][^\\/]+$/, '/worker.mjs');
  if (here.endsWith('.mjs') && existsSync(bundled)) return bundled;
  return fileURLToPath(new URL('../../worker/dev-entry.mjs', import.meta.url));
}

export function createThreadJobRunner(entry: string = defaultWorkerEntry()): ChannelJobRunner {
  return new ChannelJobRunner((): WorkerChannel => {
    const worker = new Worker(entry, { resourceLimits: WORKER_THREAD_LIMITS });
    worker.unref();
    return {
      post: (message) => worker.postMessage(message),
      onMessage: (listener) => worker.on('message', (message: FromWorker) => listener(message)),
      onExit: (listener) => worker.on('exit', listener),
      terminate: async () => {
        await worker.terminate();
      },
    };
  });
}
