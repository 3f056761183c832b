import { z } from 'zod';
import { errorInfoSchema } from '../errors';

export const jobKindSchema = z.string().min(1);
export type JobKind = string;

export const jobStateSchema = z.enum(['queued', 'running', 'done', 'failed', 'cancelled']);
export type JobState = z.infer<typeof jobStateSchema>;

export const jobSchema = z.object({
  id: z.string(),
  kind: jobKindSchema,
  state: jobStateSchema,
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  phase: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  etaSeconds: z.number().nullable(),
  error: errorInfoSchema.nullable(),
  result: z.unknown().optional(),
});
export type Job = z.infer<typeof jobSchema>;

export const isJobFinished = (job: Pick<Job, 'state'>): boolean =>
  job.state === 'done' || job.state === 'failed' || job.state === 'cancelled';
