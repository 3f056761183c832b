import { GleanerError } from '../../../shared/errors';
import { executeJob } from './execute';
import type { JobRequest, JobRunner, ProgressUpdate, RunningJob } from './types';
import type { Workspace } from '../workspace/workspace';

/** Runs jobs in this process, on the caller's open workspace. For tests and tiny jobs. */
export class InlineJobRunner implements JobRunner {
  constructor(private readonly workspaceFor: (dir: string) => Promise<Workspace>) {}

  run(request: JobRequest, onProgress: (update: ProgressUpdate) => void): RunningJob {
    const controller = new AbortController();
    const result = new Promise<unknown>((resolve, reject) => {
      void this.workspaceFor(request.workspaceDir).then((workspace) =>
        executeJob(request, workspace, controller.signal, (message) => {
          if (message.type === 'progress') onProgress(message.update);
          else if (message.type === 'done') resolve(message.result);
          else reject(new GleanerError(message.error.code, message.error.message, message.error.details));
        }),
      reject);
    });
    return { result, cancel: () => controller.abort() };
  }

  async dispose(): Promise<void> {}
}
