import { GleanerError, toErrorInfo } from '../../../shared/errors';
import { jobHandlers } from './handlers';
import type { FromWorker, JobRequest } from './types';
import type { Workspace } from '../workspace/workspace';

/** Runs one job request with the handler for its kind, reporting through `send`. Shared by every runner. */
export async function executeJob(
  request: JobRequest,
  workspace: Workspace,
  signal: AbortSignal,
  send: (message: FromWorker) => void,
): Promise<void> {
  const handler = jobHandlers[request.kind];
  try {
    if (!handler) throw new GleanerError('E_NOT_FOUND', `Unknown job kind "${request.kind}".`);
    // The worker keeps its workspace open across jobs: read the settings as they are now.
    await workspace.reloadSettings();
    const result = await handler(
      {
        workspace,
        signal,
        progress: (done, total, phase = '') => send({ type: 'progress', jobId: request.jobId, update: { done, total, phase } }),
      },
      request.params,
    );
    if (signal.aborted) throw new GleanerError('E_CANCELLED', 'The job was cancelled.');
    send({ type: 'done', jobId: request.jobId, result });
  } catch (error) {
    const info = signal.aborted ? { code: 'E_CANCELLED' as const, message: 'The job was cancelled.' } : toErrorInfo(error);
    send({ type: 'failed', jobId: request.jobId, error: info });
  }
}
