import { draftSchema, type Draft, type DraftSummary } from '../../../shared/domain/draft';
import { GleanerError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';

const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;

interface DraftRow {
  id: string;
  topic_id: string;
  topic_label: string;
  title: string;
  language: string;
  friction: number;
  source_count: number;
  confidence: number;
  has_update: boolean;
  created_at: string;
  json: string;
}

export interface DraftContext {
  topicLabel: string;
  friction: number;
}

const toRow = (draft: Draft, context: DraftContext): DraftRow => ({
  id: draft.id,
  topic_id: draft.topicId,
  topic_label: context.topicLabel,
  title: draft.title,
  language: draft.language,
  friction: context.friction,
  source_count: draft.successCount,
  confidence: draft.confidence,
  has_update: draft.updateProposal !== undefined,
  created_at: draft.createdAt ?? new Date().toISOString(),
  json: JSON.stringify(draft),
});

const articleIdIn = (json: string): string | null => {
  const parsed = draftSchema.shape.articleId.safeParse((JSON.parse(json) as { articleId?: unknown }).articleId);
  return parsed.success ? (parsed.data ?? null) : null;
};

const toSummary = (row: DraftRow): DraftSummary => ({
  id: row.id,
  topicId: row.topic_id,
  topicLabel: row.topic_label,
  title: row.title,
  language: row.language === 'zh-CN' ? 'zh-CN' : 'en',
  friction: Number(row.friction),
  sourceCount: Number(row.source_count),
  confidence: Number(row.confidence),
  hasUpdateProposal: Boolean(row.has_update),
  createdAt: row.created_at,
  articleId: articleIdIn(row.json),
});

/** Stores drafts in one commit; a topic keeps only its newest draft in each language. */
export async function saveDrafts(ws: Workspace, drafts: ReadonlyArray<{ draft: Draft; context: DraftContext }>): Promise<void> {
  if (drafts.length === 0) return;
  const table = await ws.table('drafts');
  const replaced = drafts.map(({ draft }) => `(topic_id = ${sql(draft.topicId)} AND language = ${sql(draft.language)})`);
  await table.delete(replaced.join(' OR '));
  await table.add(drafts.map(({ draft, context }) => ({ ...toRow(draft, context) })));
}

/** The inbox: highest friction first, then newest. */
export async function listDrafts(ws: Workspace): Promise<DraftSummary[]> {
  const rows = (await (await ws.table('drafts')).query().select(['id', 'topic_id', 'topic_label', 'title', 'language', 'friction', 'source_count', 'confidence', 'has_update', 'created_at', 'json']).toArray()) as DraftRow[];
  return rows.map(toSummary).sort((a, b) => b.friction - a.friction || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}

export async function getDraft(ws: Workspace, id: string): Promise<Draft> {
  const rows = (await (await ws.table('drafts')).query().where(`id = ${sql(id)}`).limit(1).toArray()) as DraftRow[];
  const row = rows[0];
  if (!row) throw new GleanerError('E_NOT_FOUND', `No draft ${id}.`);
  return draftSchema.parse(JSON.parse(row.json));
}

/** Replaces a stored draft's content (after polishing), keeping its inbox context. */
export async function updateDraft(ws: Workspace, draft: Draft): Promise<void> {
  const table = await ws.table('drafts');
  const rows = (await table.query().where(`id = ${sql(draft.id)}`).limit(1).toArray()) as DraftRow[];
  const row = rows[0];
  if (!row) throw new GleanerError('E_NOT_FOUND', `No draft ${draft.id}.`);
  await table.mergeInsert('id').whenMatchedUpdateAll().execute([{ ...toRow(draft, { topicLabel: row.topic_label, friction: Number(row.friction) }) }]);
}

export async function discardDraft(ws: Workspace, id: string): Promise<boolean> {
  const table = await ws.table('drafts');
  const before = await table.countRows(`id = ${sql(id)}`);
  if (before === 0) return false;
  await table.delete(`id = ${sql(id)}`);
  return true;
}
