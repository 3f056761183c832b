import { z } from 'zod';
import { OUTLIER_TOPIC_ID, topicEditRequestSchema, type TopicEdit, type TopicEditRequest, type TopicsRun } from '../../../shared/domain/topics';
import { GleanerError } from '../../../shared/errors';
import type { JobContext } from '../jobs/types';
import { topicFloors } from './assign';
import { applyTopicEdits, splitCentroids, type TopicModel } from './edits';
import { embedConversations, loadArticleTexts, loadConversations, type ArticleText } from './embed-conversations';
import { labelTopics } from './labels';
import { discoverConversationTopics } from './merge-answered-alike';
import { matchTopicIds, nextTopicIdFactory } from './stability';
import { addEdit, lastRun, loadEdits, loadTopics, saveTopics, type StoredTopic } from './store';
import { dotRows, nearestCenter, type Matrix } from './vectors';

export const discoverParamsSchema = z.object({
  granularity: z.number().min(0.1).max(10).optional(),
  /** A merge or split to make (they need the vectors, so they run as part of a discovery). */
  edit: topicEditRequestSchema.optional(),
  seed: z.number().int().optional(),
});
export type DiscoverParams = z.input<typeof discoverParamsSchema>;

const SEED = 42;

/** The article most similar to topic t's centroid (cosine), if there are articles. */
function bestArticle(centroids: Float32Array, t: number, articles: Matrix, texts: readonly ArticleText[]): StoredTopic['article'] {
  const best = articles.rows ? nearestCenter(centroids, t * articles.dim, articles.data, articles.rows, articles.dim) : null;
  if (!best || best.index < 0) return null;
  const article = texts[best.index]!;
  return { articleId: article.id, title: article.title, similarity: best.similarity };
}

function idsInEdits(edits: readonly TopicEdit[]): string[] {
  return edits.flatMap((e) => (e.kind === 'merge' ? [...e.topicIds, e.intoId] : e.kind === 'split' ? [e.topicId, ...e.parts.map((p) => p.id)] : [e.topicId]));
}

/** Turns a merge/split request into an edit on the current topics (split parts get new ids). */
function resolveRequest(request: TopicEditRequest, model: TopicModel, m: Matrix, usedIds: string[]): TopicEdit {
  const parsed = topicEditRequestSchema.parse(request);
  if (parsed.kind === 'rename' || parsed.kind === 'hide') return parsed;
  if (parsed.kind === 'merge') {
    const sizes = parsed.topicIds.map((id) => {
      const index = model.ids.indexOf(id);
      if (index < 0) throw new GleanerError('E_NOT_FOUND', `No topic ${id}.`);
      return model.topicOf.filter((t) => t === index).length;
    });
    const intoId = parsed.topicIds[sizes.indexOf(Math.max(...sizes))]!;
    return { kind: 'merge', topicIds: parsed.topicIds, intoId };
  }
  const index = model.ids.indexOf(parsed.topicId);
  if (index < 0) throw new GleanerError('E_NOT_FOUND', `No topic ${parsed.topicId}.`);
  const rows = Int32Array.from(Array.from(model.topicOf).flatMap((t, i) => (t === index ? [i] : [])));
  if (rows.length < parsed.parts) throw new GleanerError('E_VALIDATION', `Topic ${parsed.topicId} has too few conversations to split in ${parsed.parts}.`);
  const nextId = nextTopicIdFactory(usedIds);
  return { kind: 'split', topicId: parsed.topicId, parts: splitCentroids(m, rows, parsed.parts).map((c) => ({ id: nextId(), centroid: Array.from(c) })) };
}

/**
 * Job `topics.discover`: embeds the conversations' customer turns, discovers topics, keeps the
 * previous topics' ids, re-applies the user's edits, labels the topics and stores them with the
 * assignment of every conversation.
 */
export async function discoverTopicsJob(ctx: JobContext, rawParams: unknown): Promise<TopicsRun> {
  const started = Date.now();
  const params = discoverParamsSchema.parse(rawParams ?? {});
  const ws = ctx.workspace;
  const previousRun = await lastRun(ws);
  const granularity = params.granularity ?? previousRun?.granularity ?? 1;
  ctx.progress(0, 1, 'load');
  const { keys, texts, followUp } = await loadConversations(ws);
  const articles = await loadArticleTexts(ws);
  const { m, also: articleVectors, embedder, agent } = await embedConversations(ws, texts, {
    signal: ctx.signal,
    progress: (done, total) => ctx.progress(done, total, 'embed'),
    alsoEmbed: articles.map((a) => a.text),
    keys,
  });
  ctx.progress(0, 3, 'cluster');
  const found = discoverConversationTopics(m, agent, { seed: params.seed ?? SEED, granularity, signal: ctx.signal, progress: (phase, done, total) => ctx.progress(done, total, phase) });

  const previous = await loadTopics(ws);
  const stored = await loadEdits(ws);
  const edits = stored.map((s) => s.edit);
  const usedIds = [...previous.map((p) => p.id), ...idsInEdits(edits)];
  const ids = matchTopicIds(previous, found.centroids, found.topics, m.dim, { usedIds });
  let edited = applyTopicEdits({ ids, centroids: found.centroids, topicOf: found.topicOf }, m, edits);
  if (params.edit) {
    const edit = resolveRequest(params.edit, edited.model, m, [...usedIds, ...ids]);
    await addEdit(ws, edit);
    edited = applyTopicEdits({ ids, centroids: found.centroids, topicOf: found.topicOf }, m, [...edits, edit]);
  }

  ctx.progress(0, 1, 'label');
  const model = edited.model;
  const similarity = Float32Array.from(model.topicOf, (t, i) => (t >= 0 ? dotRows(m.data, i * m.dim, model.centroids, t * m.dim, m.dim) : found.similarity[i]!));
  const labels = labelTopics(texts, model.topicOf, model.ids.length, similarity, { avoidAsRepresentative: followUp });
  const floors = topicFloors(model.topicOf, similarity, model.ids.length);
  const sizes = new Int32Array(model.ids.length);
  for (const t of model.topicOf) if (t >= 0) sizes[t]! += 1;
  const topics: StoredTopic[] = model.ids.map((id, t) => {
    const label = labels[t]!;
    const row = label.representativeRow;
    return {
      id,
      label: edited.labels.get(id) ?? label.label,
      autoLabel: label.label,
      terms: label.terms,
      size: sizes[t]!,
      hidden: edited.hidden.has(id),
      representativeKey: row >= 0 ? keys[row]! : null,
      representativeText: row >= 0 ? texts[row]!.split('\n')[0]!.slice(0, 300) : '',
      centroid: model.centroids.slice(t * m.dim, (t + 1) * m.dim),
      floor: floors[t]!,
      position: t,
      article: bestArticle(model.centroids, t, articleVectors, articles),
    };
  });
  const assignments = keys.map((key, i) => ({ key, topicId: model.topicOf[i]! >= 0 ? model.ids[model.topicOf[i]!]! : OUTLIER_TOPIC_ID, similarity: similarity[i]! }));
  const run: TopicsRun = {
    runAt: new Date().toISOString(),
    conversations: keys.length,
    topics: topics.length,
    outliers: assignments.filter((a) => a.topicId === OUTLIER_TOPIC_ID).length,
    autoTopics: found.autoTopics,
    granularity,
    embedder,
    seconds: (Date.now() - started) / 1000,
  };
  ctx.progress(0, 1, 'save');
  await saveTopics(ws, topics, assignments, run);
  ctx.progress(1, 1, 'done');
  return run;
}
