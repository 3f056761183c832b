import { useEffect, useRef } from 'react';
import { isJobFinished, type Job } from '../../../shared/domain/jobs';
import { useJobs } from '../state/jobs';

/**
 * The live state of one job (from the jobs store that every job:progress event updates), and a
 * callback once it finishes. `initial` is the job as the start call returned it.
 */
export function useJob(initial: Job | null, onFinished?: (job: Job) => void): Job | null {
  const live = useJobs((s) => (initial ? s.jobs.find((j) => j.id === initial.id) : undefined));
  const job = live ?? initial;
  const finished = useRef<string | null>(null);
  const callback = useRef(onFinished);
  useEffect(() => {
    callback.current = onFinished;
  });
  useEffect(() => {
    if (!job || !isJobFinished(job) || finished.current === job.id) return;
    finished.current = job.id;
    callback.current?.(job);
  }, [job]);
  return job;
}
