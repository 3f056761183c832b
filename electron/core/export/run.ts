import { randomUUID } from 'node:crypto';
import type { ExportItem, ExportReport, ExportTarget } from '../../../shared/domain/export';
import { toErrorInfo } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { contentHash, mappingKey, readMappings, writeMapping } from './mapping';
import { sanitizeArticles } from './sanitize';
import type { ExportArticle, ExportSink, PlannedItem } from './types';

export interface RunExportOptions {
  target: ExportTarget;
  sink: ExportSink;
  articles: readonly ExportArticle[];
  dryRun?: boolean;
  signal?: AbortSignal;
  progress?: (done: number, total: number, phase: string) => void;
}

/** Source-language articles first, so that a translation can name its parent's external id. */
const parentsFirst = (articles: readonly ExportArticle[]): ExportArticle[] =>
  [...articles].sort((a, b) => Number(a.translationOf !== null) - Number(b.translationOf !== null));

export async function planExport(
  ws: Workspace,
  target: ExportTarget,
  destination: string,
  articles: readonly ExportArticle[],
  exists?: (externalId: string) => Promise<boolean>,
): Promise<PlannedItem[]> {
  const mappings = await readMappings(ws, target, destination);
  const planned: PlannedItem[] = [];
  for (const article of parentsFirst(articles)) {
    const hash = contentHash(article);
    const existing = mappings.get(article.id);
    const base = { article, hash, externalId: existing?.external_id ?? null, lastExportedAt: existing?.exported_at ?? null };
    if (!existing) planned.push({ ...base, action: 'create', reason: 'new' });
    else if (exists && !(await exists(existing.external_id))) planned.push({ ...base, action: 'create', reason: 'missing' });
    else if (existing.hash !== hash) planned.push({ ...base, action: 'update', reason: 'changed' });
    else planned.push({ ...base, action: 'unchanged', reason: 'same' });
  }
  return planned;
}

/**
 * Runs an export: plans create/update/unchanged from the stored mapping, sends only what changed,
 * records each success at once, and reports per article. A dry run only plans.
 */
export async function runExport(ws: Workspace, options: RunExportOptions): Promise<ExportReport> {
  const { target, sink, dryRun = false, signal, progress } = options;
  const articles = sanitizeArticles(options.articles);
  const startedAt = new Date().toISOString();
  const plan = await planExport(ws, target, sink.destination, articles, sink.exists?.bind(sink));
  const externalIds = new Map(plan.filter((p) => p.externalId).map((p) => [p.article.id, p.externalId as string]));
  const items: ExportItem[] = [];
  let cancelled = false;
  const item = (p: PlannedItem, status: ExportItem['status'], externalId: string | null, error: string | null): ExportItem => ({
    articleId: p.article.id,
    title: p.article.title,
    language: p.article.language,
    action: p.action,
    status,
    externalId,
    error,
    reason: p.reason,
    lastExportedAt: p.lastExportedAt,
  });

  if (!dryRun) await sink.begin?.(articles);
  for (const [index, planned] of plan.entries()) {
    progress?.(index, plan.length, dryRun ? 'plan' : 'export');
    if (dryRun) {
      items.push(item(planned, 'planned', planned.externalId, null));
      continue;
    }
    // Nothing to send for an unchanged article, so a cancelled run still counts it as done.
    if (planned.action === 'unchanged') {
      items.push(item(planned, 'ok', planned.externalId, null));
      continue;
    }
    if (signal?.aborted) {
      cancelled = true;
      items.push(item(planned, 'skipped', planned.externalId, 'cancelled'));
      continue;
    }
    const parentExternalId = planned.article.translationOf ? externalIds.get(planned.article.translationOf) ?? null : null;
    try {
      const externalId =
        planned.action === 'create'
          ? await sink.create(planned.article, parentExternalId)
          : await sink.update(planned.externalId as string, planned.article, parentExternalId);
      externalIds.set(planned.article.id, externalId);
      await writeMapping(ws, {
        key: mappingKey(target, sink.destination, planned.article.id),
        target,
        destination: sink.destination,
        article_id: planned.article.id,
        external_id: externalId,
        hash: planned.hash,
        exported_at: new Date().toISOString(),
      });
      items.push(item(planned, 'ok', externalId, null));
    } catch (error) {
      if (signal?.aborted) cancelled = true;
      items.push(item(planned, cancelled ? 'skipped' : 'failed', planned.externalId, toErrorInfo(error).message));
    }
  }
  if (!dryRun && !cancelled) await sink.finish?.(articles);
  progress?.(plan.length, plan.length, 'done');

  const count = (action: ExportItem['action']) => items.filter((i) => i.action === action && (i.status === 'ok' || i.status === 'planned')).length;
  const report: ExportReport = {
    id: randomUUID(),
    target,
    destination: sink.destination,
    dryRun,
    startedAt,
    finishedAt: new Date().toISOString(),
    cancelled,
    entry: sink.entry ?? null,
    items,
    counts: { created: count('create'), updated: count('update'), unchanged: count('unchanged'), failed: items.filter((i) => i.status === 'failed').length },
  };
  if (!dryRun) await (await ws.table('exports')).add([{ id: report.id, target, started_at: startedAt, json: JSON.stringify(report) }]);
  return report;
}

export async function exportHistory(ws: Workspace): Promise<ExportReport[]> {
  const rows = (await (await ws.table('exports')).query().select(['json']).toArray()) as Array<{ json: string }>;
  return rows.map((row) => JSON.parse(row.json) as ExportReport).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
