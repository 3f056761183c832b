import { GleanerError } from '../../../shared/errors';
import type { FromWorker, JobRequest, JobRunner, ProgressUpdate, RunningJob, ToWorker } from './types';

/** A message channel to a worker process or thread. */
export interface WorkerChannel {
  post(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  onExit(listener: (code: number) => void): void;
  terminate(): Promise<void>;
}

interface Pending {
  onProgress: (update: ProgressUpdate) => void;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Runs jobs in one long-lived worker, started on first use and restarted after a crash. */
export class ChannelJobRunner implements JobRunner {
  private channel: WorkerChannel | undefined;
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly spawn: () => WorkerChannel) {}

  run(request: JobRequest, onProgress: (update: ProgressUpdate) => void): RunningJob {
    const channel = this.ensureChannel();
    const result = new Promise<unknown>((resolve, reject) => {
      this.pending.set(request.jobId, { onProgress, resolve, reject });
    });
    channel.post({ type: 'run', request });
    return { result, cancel: () => this.channel?.post({ type: 'cancel', jobId: request.jobId }) };
  }

  async dispose(): Promise<void> {
    const channel = this.channel;
    this.channel = undefined;
    if (channel) await channel.terminate();
  }

  private ensureChannel(): WorkerChannel {
    if (this.channel) return this.channel;
    const channel = this.spawn();
    channel.onMessage((message) => this.receive(message));
    channel.onExit((code) => {
      if (this.channel === channel) this.channel = undefined;
      for (const [jobId, pending] of this.pending) {
        pending.reject(new GleanerError('E_WORKER_CRASHED', `The background worker stopped (exit code ${code}).`));
        this.pending.delete(jobId);
      }
    });
    this.channel = channel;
    return channel;
  }

  private receive(message: FromWorker): void {
    const pending = this.pending.get(message.jobId);
    if (!pending) return;
    if (message.type === 'progress') return pending.onProgress(message.update);
    this.pending.delete(message.jobId);
    if (message.type === 'done') pending.resolve(message.result);
    else pending.reject(new GleanerError(message.error.code, message.error.message, message.error.details));
  }
}
