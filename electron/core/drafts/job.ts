import type { JobContext } from '../jobs/types';
import { generateDrafts, generateDraftsParamsSchema } from './generate';

/** Job `drafts.generate`: {topicIds} or {top: N}; the result lists what was drafted and what was refused. */
export async function generateDraftsJob(ctx: JobContext, rawParams: unknown) {
  const params = generateDraftsParamsSchema.parse(rawParams);
  const { drafts, refusals } = await generateDrafts(ctx.workspace, params, { signal: ctx.signal, progress: (done, total, phase) => ctx.progress(done, total, phase) });
  return {
    drafts: drafts.map((d) => ({ id: d.id, topicId: d.topicId, title: d.title, successCount: d.successCount, confidence: d.confidence, update: d.updateProposal?.articleId ?? null })),
    refusals,
  };
}
