import { randomUUID } from 'node:crypto';
import { storedTopicEditSchema, topicsRunSchema, type StoredTopicEdit, type TopicEdit, type TopicSummary, type TopicsRun } from '../../../shared/domain/topics';
import { GleanerError } from '../../../shared/errors';
import { cachedPerVersion } from '../workspace/version-cache';
import type { Workspace } from '../workspace/workspace';

export interface StoredTopic extends TopicSummary {
  centroid: Float32Array;
  floor: number;
  position: number;
  article: { articleId: string; title: string; similarity: number } | null;
}

interface TopicRow {
  id: string;
  auto_label: string;
  custom_label: string | null;
  terms_json: string;
  size: number;
  hidden: boolean;
  representative_key: string | null;
  representative_text: string;
  centroid_json: string;
  floor: number;
  position: number;
  article_id: string | null;
  article_title: string | null;
  article_similarity: number | null;
}

const BATCH = 5000;

/** Replaces the topics and every assignment with a new run's (a few commits, not one per row). */
export async function saveTopics(ws: Workspace, topics: readonly StoredTopic[], assignments: ReadonlyArray<{ key: string; topicId: string; similarity: number }>, run: TopicsRun): Promise<void> {
  const topicTable = await ws.table('topics');
  const assignmentTable = await ws.table('topic_assignments');
  await topicTable.delete('true');
  const rows: TopicRow[] = topics.map((t) => ({
    id: t.id,
    auto_label: t.autoLabel,
    custom_label: t.label !== t.autoLabel ? t.label : null,
    terms_json: JSON.stringify(t.terms),
    size: t.size,
    hidden: t.hidden,
    representative_key: t.representativeKey,
    representative_text: t.representativeText,
    centroid_json: JSON.stringify(Array.from(t.centroid, (x) => Math.round(x * 1e6) / 1e6)),
    floor: t.floor,
    position: t.position,
    article_id: t.article?.articleId ?? null,
    article_title: t.article?.title ?? null,
    article_similarity: t.article?.similarity ?? null,
  }));
  if (rows.length) await topicTable.add(rows.map((r) => ({ ...r })));
  await assignmentTable.delete('true');
  for (let i = 0; i < assignments.length; i += BATCH) {
    await assignmentTable.add(assignments.slice(i, i + BATCH).map((a) => ({ transcript_key: a.key, topic_id: a.topicId, similarity: a.similarity })));
  }
  await (await ws.table('topic_runs')).add([{ run_at: run.runAt, json: JSON.stringify(run) }]);
}

/** Remembered per table version (parsing every centroid costs ~10 ms a call); each caller gets its own array. */
const storedTopics = cachedPerVersion('topics', async (table): Promise<readonly StoredTopic[]> =>
  ((await table.query().toArray()) as TopicRow[])
    .map((r) => ({
      id: r.id,
      label: r.custom_label ?? r.auto_label,
      autoLabel: r.auto_label,
      terms: JSON.parse(r.terms_json) as string[],
      size: Number(r.size),
      hidden: Boolean(r.hidden),
      representativeKey: r.representative_key ?? null,
      representativeText: r.representative_text,
      centroid: Float32Array.from(JSON.parse(r.centroid_json) as number[]),
      floor: Number(r.floor),
      position: Number(r.position),
      article: r.article_id ? { articleId: r.article_id, title: r.article_title ?? '', similarity: Number(r.article_similarity ?? 0) } : null,
    }))
    .sort((a, b) => a.position - b.position),
);

export const loadTopics = async (ws: Workspace): Promise<StoredTopic[]> => [...(await storedTopics(ws))];

export type Assignments = ReadonlyMap<string, { readonly topicId: string; readonly similarity: number }>;

/** transcript key -> topic id, remembered per table version (every Insights filter change needs them); read column by column: row objects cost seconds at 100,000. */
export const loadAssignments = cachedPerVersion('topic_assignments', async (table): Promise<Assignments> => {
  const arrow = await table.query().select(['transcript_key', 'topic_id', 'similarity']).toArrow();
  const assignments = new Map<string, { topicId: string; similarity: number }>();
  if (arrow.numRows === 0) return assignments;
  const keys = arrow.getChild('transcript_key')!.toArray() as string[];
  const topics = arrow.getChild('topic_id')!.toArray() as string[];
  const similarity = arrow.getChild('similarity')!;
  for (let i = 0; i < keys.length; i += 1) assignments.set(keys[i]!, { topicId: topics[i]!, similarity: Number(similarity.get(i)) });
  return assignments;
});

export async function loadEdits(ws: Workspace): Promise<StoredTopicEdit[]> {
  const rows = (await (await ws.table('topic_edits')).query().toArray()) as Array<{ id: string; at: string; json: string }>;
  return rows
    .flatMap((r) => {
      const parsed = storedTopicEditSchema.safeParse({ id: r.id, at: r.at, edit: JSON.parse(r.json) as unknown });
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

export async function addEdit(ws: Workspace, edit: TopicEdit): Promise<StoredTopicEdit> {
  const stored = { id: randomUUID(), at: new Date().toISOString(), edit };
  await (await ws.table('topic_edits')).add([{ id: stored.id, at: stored.at, json: JSON.stringify(edit) }]);
  return stored;
}

export async function lastRun(ws: Workspace): Promise<TopicsRun | null> {
  const rows = (await (await ws.table('topic_runs')).query().toArray()) as Array<{ run_at: string; json: string }>;
  const latest = rows.sort((a, b) => b.run_at.localeCompare(a.run_at))[0];
  if (!latest) return null;
  const parsed = topicsRunSchema.safeParse(JSON.parse(latest.json));
  return parsed.success ? parsed.data : null;
}

const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** Renames and hides change only the stored topic; merges and splits need a discovery run. */
export async function applyMetadataEdit(ws: Workspace, edit: Extract<TopicEdit, { kind: 'rename' | 'hide' }>): Promise<void> {
  const table = await ws.table('topics');
  if ((await table.countRows(`id = ${sql(edit.topicId)}`)) === 0) throw new GleanerError('E_NOT_FOUND', `No topic ${edit.topicId}.`);
  await addEdit(ws, edit);
  if (edit.kind === 'rename') await table.update({ where: `id = ${sql(edit.topicId)}`, values: { custom_label: edit.label } });
  else await table.update({ where: `id = ${sql(edit.topicId)}`, valuesSql: { hidden: edit.hidden ? 'true' : 'false' } });
}
