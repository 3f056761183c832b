import { executeJob } from '../core/jobs/execute';
import type { FromWorker, ToWorker } from '../core/jobs/types';
import { Workspace } from '../core/workspace/workspace';

export interface WorkerPort {
  send(message: FromWorker): void;
  onMessage(listener: (message: ToWorker) => void): void;
}

/** The worker's loop: runs each job it is sent, on its own connection to the workspace. */
export function serveJobs(port: WorkerPort): void {
  const workspaces = new Map<string, Promise<Workspace>>();
  const running = new Map<string, AbortController>();
  const workspaceFor = (dir: string): Promise<Workspace> => {
    let workspace = workspaces.get(dir);
    if (!workspace) {
      workspace = Workspace.open(dir);
      workspace.catch(() => workspaces.delete(dir));
      workspaces.set(dir, workspace);
    }
    return workspace;
  };

  port.onMessage((message) => {
    if (message.type === 'cancel') {
      running.get(message.jobId)?.abort();
      return;
    }
    const { request } = message;
    const controller = new AbortController();
    running.set(request.jobId, controller);
    void workspaceFor(request.workspaceDir)
      .then((workspace) => executeJob(request, workspace, controller.signal, (m) => port.send(m)))
      .catch((error: unknown) =>
        port.send({ type: 'failed', jobId: request.jobId, error: { code: 'E_WORKSPACE_CORRUPT', message: (error as Error).message } }),
      )
      .finally(() => running.delete(request.jobId));
  });
}
