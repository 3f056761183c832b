import { OUTLIER_TOPIC_ID, type TopicsRun } from '../../../shared/domain/topics';
import { countTranscripts } from '../transcripts/store';
import type { Workspace } from '../workspace/workspace';
import { assignToTopics } from './assign';
import { embedConversations, loadConversations } from './embed-conversations';
import { lastRun, loadAssignments, loadTopics } from './store';

/**
 * New conversations beyond this share of the workspace are worth a full discovery (new subjects
 * may have appeared); below it they join the existing topics.
 */
export const MAX_INCREMENTAL_SHARE = 0.3;

export interface IncrementalResult {
  /** Conversations that were given a topic (or the outlier bucket). */
  assigned: number;
  outliers: number;
  run: TopicsRun;
}

/**
 * Incremental assignment: conversations imported since the last discovery go to the nearest
 * existing topic centroid, or to the outlier bucket when they are less similar than the topic's
 * least similar member. No re-clustering, so topic ids, labels and the user's edits stay as they are.
 * Returns null when a full discovery is needed instead (no topics, conversations removed, too many new).
 */
export async function assignNewConversations(
  ws: Workspace,
  previous: TopicsRun,
  options: { signal: AbortSignal; progress?: (done: number, total: number, phase: string) => void; maxShare?: number },
): Promise<IncrementalResult | null> {
  const topics = await loadTopics(ws);
  if (topics.length === 0) return null;
  const assignments = await loadAssignments(ws);
  const { keys, texts } = await loadConversations(ws);
  const present = new Set(keys);
  if ([...assignments.keys()].some((key) => !present.has(key))) return null;
  const fresh = keys.flatMap((key, i) => (assignments.has(key) ? [] : [i]));
  if (fresh.length === 0) return { assigned: 0, outliers: 0, run: previous };
  if (fresh.length > (options.maxShare ?? MAX_INCREMENTAL_SHARE) * keys.length) return null;

  const started = Date.now();
  const dim = topics[0]!.centroid.length;
  const { m, embedder } = await embedConversations(
    ws,
    fresh.map((i) => texts[i]!),
    { signal: options.signal, progress: (done, total) => options.progress?.(done, total, 'embed'), fitOn: texts, keys: fresh.map((i) => keys[i]!) },
  );
  // Another embedding model than the topics were built with: the centroids mean nothing here.
  if (m.dim !== dim || embedder !== previous.embedder) return null;
  const centroids = new Float32Array(topics.length * dim);
  topics.forEach((t, j) => centroids.set(t.centroid, j * dim));
  const floors = Float32Array.from(topics, (t) => t.floor);
  const { topicOf, similarity } = assignToTopics(m, centroids, topics.length, floors);

  const rows = fresh.map((row, i) => ({
    transcript_key: keys[row]!,
    topic_id: topicOf[i]! >= 0 ? topics[topicOf[i]!]!.id : OUTLIER_TOPIC_ID,
    similarity: similarity[i]!,
  }));
  await (await ws.table('topic_assignments')).add(rows);
  const topicTable = await ws.table('topics');
  const added = new Map<string, number>();
  for (const r of rows) if (r.topic_id !== OUTLIER_TOPIC_ID) added.set(r.topic_id, (added.get(r.topic_id) ?? 0) + 1);
  for (const [id, count] of added) {
    const topic = topics.find((t) => t.id === id)!;
    await topicTable.update({ where: `id = '${id.replace(/'/g, "''")}'`, values: { size: topic.size + count } });
  }
  const outliers = rows.filter((r) => r.topic_id === OUTLIER_TOPIC_ID).length;
  const run: TopicsRun = {
    ...previous,
    runAt: new Date().toISOString(),
    conversations: keys.length,
    outliers: previous.outliers + outliers,
    seconds: (Date.now() - started) / 1000,
  };
  await (await ws.table('topic_runs')).add([{ run_at: run.runAt, json: JSON.stringify(run) }]);
  options.progress?.(1, 1, 'assign');
  return { assigned: rows.length, outliers, run };
}

const pending = new Map<string, Promise<number>>();

/**
 * Brings the topics up to date with the conversations when it is cheap: conversations imported since
 * the last run join their nearest topic. Calls for the same workspace share one run. Returns how many
 * conversations were added or removed that still need a discovery (0 when the topics are current).
 */
export function assignPendingConversations(ws: Workspace): Promise<number> {
  const running = pending.get(ws.dir);
  if (running) return running;
  const work = (async () => {
    const previous = await lastRun(ws);
    if (!previous) return 0;
    const conversations = await countTranscripts(ws);
    if (conversations === previous.conversations) return 0;
    const result = await assignNewConversations(ws, previous, { signal: new AbortController().signal });
    return result ? 0 : Math.abs(conversations - previous.conversations);
  })().finally(() => pending.delete(ws.dir));
  pending.set(ws.dir, work);
  return work;
}
