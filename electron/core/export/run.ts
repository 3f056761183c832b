import { randomUUID } from 'node:crypto';
import type { ExportAction, ExportItem, ExportReason, ExportReport, ExportTarget } from '../../../shared/domain/export';
import { toErrorInfo } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { isAuthFailure, isRemoteGone } from './http';
import { clearIntent, contentHash, mappingKey, readIntents, readMappings, recordIntent, writeMapping, type MappingRow } from './mapping';
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
  shape?: ExportSink['shape'],
): Promise<PlannedItem[]> {
  const mappings = await readMappings(ws, target, destination);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const planned: PlannedItem[] = [];
  for (const article of parentsFirst(articles)) {
    const hash = contentHash(article, shape?.(article, article.translationOf ? byId.get(article.translationOf) : undefined));
    const existing = mappings.get(article.id);
    const base = { article, hash, externalId: existing?.external_id ?? null, lastExportedAt: existing?.exported_at ?? null };
    if (!existing) planned.push({ ...base, action: 'create', reason: 'new' });
    else if (exists && !(await exists(existing.external_id))) planned.push({ ...base, action: 'create', reason: 'missing' });
    else if (existing.hash !== hash) planned.push({ ...base, action: 'update', reason: 'changed' });
    else planned.push({ ...base, action: 'unchanged', reason: 'same' });
  }
  return planned;
}

interface Sent {
  externalId: string;
  action: ExportAction;
  reason: ExportReason;
}

/**
 * A create first looks for what an interrupted run may have created (an intent is left behind), and records its own
 * intent before sending, so a run that stops between the create and the mapping write duplicates nothing.
 */
async function createOnce(ws: Workspace, sink: ExportSink, key: string, article: ExportArticle, parent: string | null, sentTitle: string | undefined): Promise<string> {
  if (!sink.find) return sink.create(article, parent);
  const found = sentTitle === undefined ? null : await sink.find(article, parent, sentTitle);
  if (found) return sink.update(found, article, parent);
  await recordIntent(ws, key, article.title);
  return sink.create(article, parent);
}

/** Sends one planned article; an update of an article deleted at the destination since creates it again. */
async function send(ws: Workspace, sink: ExportSink, key: string, planned: PlannedItem, parent: string | null, sentTitle: string | undefined): Promise<Sent> {
  if (planned.action === 'update') {
    try {
      return { externalId: await sink.update(planned.externalId as string, planned.article, parent), action: 'update', reason: planned.reason };
    } catch (error) {
      if (!isRemoteGone(error)) throw error;
    }
    return { externalId: await createOnce(ws, sink, key, planned.article, parent, sentTitle), action: 'create', reason: 'missing' };
  }
  return { externalId: await createOnce(ws, sink, key, planned.article, parent, sentTitle), action: 'create', reason: planned.reason };
}

/**
 * Runs an export: plans create/update/unchanged from the stored mapping, sends only what changed,
 * records each success at once, and reports per article. A dry run only plans. Credentials the destination refuses
 * stop the run: every later request would be refused too.
 */
export async function runExport(ws: Workspace, options: RunExportOptions): Promise<ExportReport> {
  const { target, sink, dryRun = false, signal, progress } = options;
  const articles = sanitizeArticles(options.articles);
  const startedAt = new Date().toISOString();
  const plan = await planExport(ws, target, sink.destination, articles, sink.exists?.bind(sink), sink.shape?.bind(sink));
  const externalIds = new Map(plan.filter((p) => p.externalId).map((p) => [p.article.id, p.externalId as string]));
  const intents = sink.find && !dryRun ? await readIntents(ws) : new Map<string, string>();
  const items: ExportItem[] = [];
  let cancelled = false;
  let refused: string | null = null;
  const staged: MappingRow[] = [];
  const item = (p: PlannedItem, status: ExportItem['status'], externalId: string | null, error: string | null, sent?: Sent): ExportItem => ({
    articleId: p.article.id,
    title: p.article.title,
    language: p.article.language,
    action: sent?.action ?? p.action,
    status,
    externalId,
    error,
    reason: sent?.reason ?? p.reason,
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
    if (refused) {
      items.push(item(planned, 'skipped', planned.externalId, `Not sent: ${refused}`));
      continue;
    }
    const parentExternalId = planned.article.translationOf ? externalIds.get(planned.article.translationOf) ?? null : null;
    const key = mappingKey(target, sink.destination, planned.article.id);
    try {
      const sent = await send(ws, sink, key, planned, parentExternalId, intents.get(key));
      const { externalId } = sent;
      externalIds.set(planned.article.id, externalId);
      const mapping = { key, target, destination: sink.destination, article_id: planned.article.id, external_id: externalId, hash: planned.hash, exported_at: new Date().toISOString() };
      if (sink.writesInFinish) staged.push(mapping);
      else await writeMapping(ws, mapping);
      if (sink.find && sent.action === 'create') await clearIntent(ws, key);
      items.push(item(planned, 'ok', externalId, null, sent));
    } catch (error) {
      if (signal?.aborted) cancelled = true;
      if (isAuthFailure(error)) refused = toErrorInfo(error).message;
      items.push(item(planned, cancelled ? 'skipped' : 'failed', planned.externalId, toErrorInfo(error).message));
    }
  }
  if (!dryRun && !cancelled) {
    await sink.finish?.(articles);
    for (const mapping of staged) await writeMapping(ws, mapping);
  }
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
    ...(sink.layout && { layout: sink.layout }),
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
