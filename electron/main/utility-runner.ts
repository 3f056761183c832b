import type { UtilityProcess } from 'electron';
import { ChannelJobRunner } from '../core/jobs/channel-runner';
import type { FromWorker } from '../core/jobs/types';
import { WORKER_V8_FLAGS } from '../core/jobs/worker-memory';

type Fork = (
  modulePath: string,
  args?: string[],
  options?: { serviceName?: string; stdio?: 'inherit' | 'pipe'; execArgv?: string[] },
) => UtilityProcess;

/** Runs jobs in an Electron utilityProcess, off the main and renderer threads. */
export function createUtilityJobRunner(fork: Fork, workerPath: string): ChannelJobRunner {
  return new ChannelJobRunner(() => {
    const child = fork(workerPath, [], {
      serviceName: 'Gleaner worker',
      stdio: 'inherit',
      execArgv: [...WORKER_V8_FLAGS],
    });
    return {
      post: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: FromWorker) => listener(message)),
      onExit: (listener) => child.on('exit', listener),
      terminate: async () => {
        child.kill();
      },
    };
  });
}
