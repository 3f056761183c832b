import { OUTLIER_TOPIC_ID } from '../../../shared/domain/topics';
import type { StoredTopic } from '../topics/store';
import type { Workspace } from '../workspace/workspace';
import type { ArticleMatch } from './report';

/**
 * Cosine between a topic's centroid and an article (lexical vectors) from which the article counts
 * as covering the topic; calibrated on the demo workspace's covered and uncovered issues.
 */
export const COVERED_SIMILARITY = 0.25;

export interface ArticleSummary {
  id: string;
  title: string;
  state: string;
  updatedAt: string;
  sourceTopicId: string | null;
}

export async function articleSummaries(ws: Workspace): Promise<ArticleSummary[]> {
  const rows = (await (await ws.table('articles')).query().select(['id', 'title', 'state', 'updated_at', 'source_topic_id']).toArray()) as Array<{
    id: string;
    title: string;
    state: string;
    updated_at: string;
    source_topic_id: string | null;
  }>;
  return rows.map((r) => ({ id: r.id, title: r.title, state: r.state, updatedAt: r.updated_at, sourceTopicId: r.source_topic_id ?? null }));
}

/**
 * Each topic's covering article as of now, not as of the last discovery: the match found then, if that
 * article still exists and is not archived (under its current title), else an article written from the
 * topic (its source topic), which covers it whatever its wording.
 */
export function currentMatches(topics: readonly StoredTopic[], articles: readonly ArticleSummary[]): Map<string, ArticleMatch> {
  const live = new Map(articles.filter((a) => a.state !== 'archived').map((a) => [a.id, a]));
  const written = new Map<string, ArticleSummary>();
  for (const a of live.values()) if (a.sourceTopicId && !written.has(a.sourceTopicId)) written.set(a.sourceTopicId, a);
  const matches = new Map<string, ArticleMatch>();
  for (const topic of topics) {
    if (topic.id === OUTLIER_TOPIC_ID) continue;
    const found = topic.article && live.get(topic.article.articleId);
    const stored = found && topic.article ? { articleId: found.id, title: found.title, similarity: topic.article.similarity } : null;
    const own = written.get(topic.id);
    if (own && (!stored || stored.similarity < COVERED_SIMILARITY)) {
      matches.set(topic.id, { articleId: own.id, title: own.title, similarity: stored?.articleId === own.id ? stored.similarity : null, linked: true });
    } else if (stored) matches.set(topic.id, stored);
  }
  return matches;
}
