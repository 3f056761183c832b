import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createUtilityJobRunner } from '../../../../electron/main/utility-runner';
import { WORKER_V8_FLAGS } from '../../../../electron/core/jobs/worker-memory';

describe('createUtilityJobRunner', () => {
  it('forks the worker with its V8 memory flags', async () => {
    const forks: Array<{ path: string; options: unknown }> = [];
    const fork = (path: string, _args?: string[], options?: unknown) => {
      forks.push({ path, options });
      return Object.assign(new EventEmitter(), {
        postMessage: () => undefined,
        kill: () => true,
      }) as never;
    };
    const runner = createUtilityJobRunner(fork, '/app/worker.cjs');
    const job = runner.run({ jobId: 'j1' } as never, () => undefined);
    job.result.catch(() => undefined);
    expect(forks[0]?.path).toBe('/app/worker.cjs');
    expect(forks[0]?.options).toMatchObject({ execArgv: [...WORKER_V8_FLAGS] });
    expect(WORKER_V8_FLAGS).toContain('--max-semi-space-size=2');
  });
});
