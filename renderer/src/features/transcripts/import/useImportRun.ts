import { useCallback, useRef, useState } from 'react';
import { CSV_FIELDS, importReportSchema, type ImportReport } from '../../../../../shared/domain/ingest';
import { isJobFinished, type Job } from '../../../../../shared/domain/jobs';
import { call, IpcError } from '../../../lib/ipc';
import { useJobs } from '../../../state/jobs';
import type { ImportFile } from './model';

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; index: number; count: number; jobId: string | null; cancelling: boolean }
  | { phase: 'done'; reports: ImportReport[]; failure: unknown };

/** Resolves with the job once it has finished, from the jobs store (fed by job:progress events). */
function finished(jobId: string): Promise<Job> {
  return new Promise((resolve) => {
    const check = (jobs: readonly Job[]) => {
      const job = jobs.find((j) => j.id === jobId);
      if (job && isJobFinished(job)) {
        unsubscribe();
        resolve(job);
        return true;
      }
      return false;
    };
    const unsubscribe = useJobs.subscribe((state) => void check(state.jobs));
    check(useJobs.getState().jobs);
  });
}

/** The job's report: its result, or (cancelled jobs have none) the newest report it wrote. */
async function reportOf(job: Job): Promise<ImportReport | null> {
  const parsed = importReportSchema.safeParse(job.result);
  if (parsed.success) return parsed.data;
  const reports = await call('ingest:reports', { limit: 5 });
  return reports.find((r) => r.startedAt >= job.startedAt) ?? null;
}

/** Imports the files one after the other (each with its own format and mapping), one job each. */
export function useImportRun(): {
  state: RunState;
  run: (files: readonly ImportFile[], redact: boolean) => Promise<void>;
  cancel: () => void;
  reset: () => void;
} {
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const cancelled = useRef(false);
  const current = useRef<string | null>(null);

  const run = useCallback(async (files: readonly ImportFile[], redact: boolean) => {
    cancelled.current = false;
    const reports: ImportReport[] = [];
    let failure: unknown = null;
    for (const [index, file] of files.entries()) {
      if (cancelled.current) break;
      setState({ phase: 'running', index, count: files.length, jobId: null, cancelling: false });
      try {
        const preview = file.preview!;
        const job = await call('ingest:start', {
          files: [file.path],
          format: preview.format,
          encoding: preview.encoding,
          // Every field, '' for "not in this file": the importer would otherwise guess a column the user cleared.
          mapping:
            preview.format === 'csv'
              ? Object.fromEntries(CSV_FIELDS.map((field) => [field, file.mapping[field] ?? '']))
              : {},
          redact,
        });
        current.current = job.id;
        setState((s) => (s.phase === 'running' ? { ...s, jobId: job.id } : s));
        if (cancelled.current) await call('jobs:cancel', { id: job.id });
        const done = await finished(job.id);
        const report = await reportOf(done);
        if (report) reports.push(report);
        if (done.state === 'failed') {
          failure = new IpcError(
            done.error?.code ?? 'E_INTERNAL',
            done.error?.message ?? 'The import stopped.',
          );
          break;
        }
        if (done.state === 'cancelled') break;
      } catch (error) {
        failure = error;
        break;
      } finally {
        current.current = null;
      }
    }
    setState({ phase: 'done', reports, failure });
  }, []);

  const cancel = useCallback(() => {
    cancelled.current = true;
    setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s));
    if (current.current) void call('jobs:cancel', { id: current.current }).catch(() => undefined);
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, run, cancel, reset };
}
