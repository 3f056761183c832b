import { z } from 'zod';
import type { JobHandler } from '../jobs/types';
import { buildDemoWorkspace } from './build';

const demoBuildParamsSchema = z.object({
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  conversations: z.number().int().min(1).max(200_000).optional(),
});

/** A summary small enough to cross the worker boundary; the full truth is in the file it names. */
export interface DemoBuildSummary {
  conversations: number;
  imported: number;
  articlesWritten: number;
  articlesImported: number;
  truthFile: string;
}

/** Builds the demo in the background (first start of the app), reporting progress and honouring cancel. */
export const demoBuildJob: JobHandler = async (ctx, params): Promise<DemoBuildSummary> => {
  const options = demoBuildParamsSchema.parse(params ?? {});
  const result = await buildDemoWorkspace(
    ctx.workspace,
    options,
    (done, total, phase) => ctx.progress(done, total, phase),
    ctx.signal,
  );
  return {
    conversations: result.truth.conversations,
    imported: result.transcripts.imported,
    articlesWritten: result.files.articles.length,
    articlesImported: result.articles.created.length,
    truthFile: result.files.truth,
  };
};
