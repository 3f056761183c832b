import { create } from 'zustand';

/** Which model a job started from Settings is about (jobs do not carry their params). */
interface ModelJobs {
  models: Record<string, { model: string; kind: 'download' | 'embed' }>;
  track: (jobId: string, model: string, kind: 'download' | 'embed') => void;
  forget: (jobId: string) => void;
}

export const useModelJobs = create<ModelJobs>((set) => ({
  models: {},
  track: (jobId, model, kind) =>
    set((s) => ({ models: { ...s.models, [jobId]: { model, kind } } })),
  forget: (jobId) =>
    set((s) => {
      const { [jobId]: _gone, ...rest } = s.models;
      return { models: rest };
    }),
}));
