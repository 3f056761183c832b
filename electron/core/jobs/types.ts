import type { ErrorInfo } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';

export interface JobContext {
  readonly workspace: Workspace;
  readonly signal: AbortSignal;
  /** Reports progress; cheap to call often (the manager throttles what reaches the UI). */
  progress(done: number, total: number, phase?: string): void;
}

export type JobHandler<P = unknown, R = unknown> = (ctx: JobContext, params: P) => Promise<R>;

export interface JobRequest {
  readonly jobId: string;
  readonly kind: string;
  readonly params: unknown;
  readonly workspaceDir: string;
}

export interface ProgressUpdate {
  readonly done: number;
  readonly total: number;
  readonly phase: string;
}

export interface RunningJob {
  readonly result: Promise<unknown>;
  cancel(): void;
}

/** Where jobs execute: in-process (tests), a worker thread (CLI, e2e) or an Electron utility process (app). */
export interface JobRunner {
  run(request: JobRequest, onProgress: (update: ProgressUpdate) => void): RunningJob;
  dispose(): Promise<void>;
}

/** Messages between the job manager and a worker. */
export type ToWorker = { type: 'run'; request: JobRequest } | { type: 'cancel'; jobId: string };
export type FromWorker =
  | { type: 'progress'; jobId: string; update: ProgressUpdate }
  | { type: 'done'; jobId: string; result: unknown }
  | { type: 'failed'; jobId: string; error: ErrorInfo };
