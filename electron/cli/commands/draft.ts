import type { DraftCliJson } from '../../../shared/domain/draft';
import { draftToCliJson } from '../../core/drafts/cli-json';
import { generateDrafts, type GenerateDraftsParams } from '../../core/drafts/generate';
import type { Command } from '../command';

export const draftCommand: Command = {
  path: ['draft'],
  summary: 'Draft KCS articles from the successful conversations of topics (highest friction first).',
  usage: '--topic ID | --top N [--json]',
  options: { topic: { type: 'string', multiple: true }, top: { type: 'string' } },
  help: [
    '--topic ID  draft this topic (repeatable)',
    '--top N     draft the N topics with the most friction',
    'Topics are discovered first when missing or stale. Drafts land in the drafts inbox; a topic an',
    'existing article covers gets an update proposal (the missing steps) instead.',
  ],
  async run(ctx, args) {
    const topics = (args.values.topic as string[] | undefined) ?? [];
    const top = typeof args.values.top === 'string' ? Number(args.values.top) : undefined;
    if ((topics.length === 0) === (top === undefined)) throw new Error('give either --topic ID or --top N');
    if (top !== undefined && (!Number.isInteger(top) || top < 1)) throw new Error('--top needs a whole number of 1 or more');
    const params: GenerateDraftsParams = top !== undefined ? { top } : { topicIds: topics };
    const ws = await ctx.workspace();
    const controller = new AbortController();
    const onInterrupt = () => controller.abort();
    process.once('SIGINT', onInterrupt);
    try {
      const result = await generateDrafts(ws, params, { signal: controller.signal, progress: (done, total, phase) => ctx.io.progress(phase, done, total) });
      for (const draft of result.drafts) {
        const update = draft.updateProposal ? `  (update to "${draft.updateProposal.articleTitle}": ${draft.updateProposal.missingSteps.length} missing steps)` : '';
        ctx.io.out(`${draft.topicId}  ${draft.title}  [${draft.successCount} conversations, confidence ${draft.confidence.toFixed(2)}]${update}`);
        const steps = draft.sections.find((s) => s.kind === 'resolution')?.sentences ?? [];
        steps.forEach((s, i) => ctx.io.out(`    ${i + 1}. ${s.text}`));
      }
      for (const refusal of result.refusals) {
        ctx.io.out(`${refusal.topicId}  not drafted: ${refusal.reason === 'too_few_successful' ? `${refusal.successCount} successful conversations, ${refusal.minimum} needed` : 'no steps shared by its conversations'}`);
      }
      const json: DraftCliJson = { drafts: result.drafts.map(draftToCliJson) };
      return json;
    } finally {
      process.off('SIGINT', onInterrupt);
    }
  },
};
