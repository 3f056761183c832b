import { randomUUID } from 'node:crypto';
import { GleanerError, toErrorInfo } from '../../../shared/errors';
import { isJobFinished, jobSchema, type Job } from '../../../shared/domain/jobs';
import type { JobRunner, RunningJob } from './types';
import type { Workspace } from '../workspace/workspace';

const PROGRESS_INTERVAL_MS = 100;
const HISTORY_LIMIT = 50;

/** Starts jobs on a runner, tracks their progress and ETA, and records finished ones in the workspace. */
export class JobManager {
  private readonly active = new Map<string, { job: Job; running: RunningJob; lastEmit: number }>();

  constructor(
    private readonly runner: JobRunner,
    private readonly emit: (job: Job) => void,
  ) {}

  start(workspace: Workspace, kind: string, params: unknown = {}): { job: Job; finished: Promise<Job> } {
    const job: Job = {
      id: randomUUID(),
      kind,
      state: 'running',
      done: 0,
      total: 0,
      phase: '',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      etaSeconds: null,
      error: null,
    };
    const running = this.runner.run({ jobId: job.id, kind, params, workspaceDir: workspace.dir }, (update) => {
      const entry = this.active.get(job.id);
      if (!entry) return;
      entry.job = { ...entry.job, ...update, etaSeconds: estimateEta(entry.job.startedAt, update.done, update.total) };
      const now = Date.now();
      if (now - entry.lastEmit >= PROGRESS_INTERVAL_MS) {
        entry.lastEmit = now;
        this.emit(entry.job);
      }
    });
    this.active.set(job.id, { job, running, lastEmit: 0 });
    this.emit(job);
    const finished = running.result.then(
      (result) => this.finish(workspace, job.id, { state: 'done', result, error: null }),
      (error: unknown) => {
        const info = toErrorInfo(error);
        return this.finish(workspace, job.id, { state: info.code === 'E_CANCELLED' ? 'cancelled' : 'failed', error: info });
      },
    );
    return { job, finished };
  }

  /** Starts a job and waits for it; throws its error when it fails. */
  async run<R>(workspace: Workspace, kind: string, params: unknown = {}): Promise<R> {
    const finished = await this.start(workspace, kind, params).finished;
    if (finished.state !== 'done') {
      const error = finished.error ?? { code: 'E_INTERNAL', message: 'job failed' };
      throw new GleanerError(error.code, error.message, error.details);
    }
    return finished.result as R;
  }

  cancel(id: string): boolean {
    const entry = this.active.get(id);
    if (!entry) return false;
    entry.running.cancel();
    return true;
  }

  async list(workspace: Workspace | null): Promise<Job[]> {
    const live = [...this.active.values()].map((entry) => entry.job);
    if (!workspace) return live;
    const table = await workspace.table('jobs');
    const rows = (await table.query().select(['json']).toArray()) as Array<{ json: string }>;
    const history = rows
      .map((row) => jobSchema.parse(JSON.parse(row.json)))
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
      .slice(0, HISTORY_LIMIT);
    return [...live, ...history.filter((job) => !this.active.has(job.id))];
  }

  async dispose(): Promise<void> {
    for (const entry of this.active.values()) entry.running.cancel();
    await this.runner.dispose();
  }

  private async finish(workspace: Workspace, id: string, outcome: Pick<Job, 'state' | 'error'> & { result?: unknown }): Promise<Job> {
    const entry = this.active.get(id);
    if (!entry) throw new GleanerError('E_INTERNAL', `Job ${id} is not active.`);
    const job: Job = {
      ...entry.job,
      ...outcome,
      done: outcome.state === 'done' ? Math.max(entry.job.done, entry.job.total) : entry.job.done,
      etaSeconds: null,
      finishedAt: new Date().toISOString(),
    };
    this.active.delete(id);
    if (isJobFinished(job)) await recordJob(workspace, job).catch(() => undefined);
    this.emit(job);
    return job;
  }
}

export function estimateEta(startedAt: string, done: number, total: number, now = Date.now()): number | null {
  if (done <= 0 || total <= 0 || done >= total) return null;
  const elapsed = (now - Date.parse(startedAt)) / 1000;
  return Math.round((elapsed / done) * (total - done));
}

async function recordJob(workspace: Workspace, job: Job): Promise<void> {
  const table = await workspace.table('jobs');
  const { result: _result, ...stored } = job;
  await table.add([{ id: job.id, kind: job.kind, state: job.state, started_at: job.startedAt, json: JSON.stringify(stored) }]);
}
