import { create } from 'zustand';
import { isJobFinished, type Job } from '../../../shared/domain/jobs';

interface JobsState {
  jobs: Job[];
  replace: (jobs: Job[]) => void;
  upsert: (job: Job) => void;
}

/** Jobs as the backend reports them: a list at start, then every job:progress event. */
export const useJobs = create<JobsState>((set) => ({
  jobs: [],
  replace: (jobs) => set({ jobs }),
  upsert: (job) =>
    set((state) => {
      const others = state.jobs.filter((j) => j.id !== job.id);
      return { jobs: [job, ...others].sort((a, b) => b.startedAt.localeCompare(a.startedAt)) };
    }),
}));

export const runningCount = (jobs: readonly Job[]): number =>
  jobs.filter((j) => !isJobFinished(j)).length;
