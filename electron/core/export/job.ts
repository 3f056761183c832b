import { z } from 'zod';
import { DEFAULT_MARKDOWN_LAYOUT, exportTargetSchema, markdownLayoutSchema, remoteCredentialsSchema, type ExportReport } from '../../../shared/domain/export';
import { appendAudit } from '../audit/log';
import { getArticle, setArticleState } from '../articles/store';
import type { JobHandler } from '../jobs/types';
import { loadExportArticles } from './articles';
import { workspaceMedia } from './media';
import { runExport } from './run';
import { createSink } from './sinks';

export const exportJobParamsSchema = z.object({
  target: exportTargetSchema,
  outDir: z.string().optional(),
  layout: markdownLayoutSchema.default(DEFAULT_MARKDOWN_LAYOUT),
  articleIds: z.array(z.string()).optional(),
  includeUnapproved: z.boolean().default(false),
  dryRun: z.boolean().default(false),
  credentials: remoteCredentialsSchema.nullable().default(null),
  actor: z.object({ id: z.string(), name: z.string() }),
});
export type ExportJobParams = z.input<typeof exportJobParamsSchema>;

/** Runs an export in the worker: approved articles out, approved ones marked published, the run in the audit log. */
export const exportJob: JobHandler<unknown, ExportReport> = async (ctx, raw) => {
  const params = exportJobParamsSchema.parse(raw);
  const articles = await loadExportArticles(ctx.workspace, params);
  const sink = createSink({ target: params.target, outDir: params.outDir, layout: params.layout, credentials: params.credentials, retry: { signal: ctx.signal }, media: workspaceMedia(ctx.workspace) });
  const report = await runExport(ctx.workspace, { target: params.target, sink, articles, dryRun: params.dryRun, signal: ctx.signal, progress: ctx.progress });
  if (!params.dryRun) {
    const published: string[] = [];
    for (const item of report.items) {
      if (item.status !== 'ok' || (await getArticle(ctx.workspace, item.articleId)).state !== 'approved') continue;
      await setArticleState(ctx.workspace, item.articleId, 'published', { id: params.actor.id });
      published.push(item.articleId);
    }
    await appendAudit(ctx.workspace, {
      actorId: params.actor.id,
      actorName: params.actor.name,
      action: 'export',
      subjectKind: 'export',
      subjectId: report.id,
      details: { target: params.target, ...(params.target === 'markdown' && { layout: params.layout }), destination: report.destination, counts: report.counts, cancelled: report.cancelled, published },
    });
  }
  return report;
};
