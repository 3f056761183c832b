import { describe, expect, it } from 'vitest';
import { currentMatches, type ArticleSummary } from '../../../../electron/core/friction/coverage';
import type { StoredTopic } from '../../../../electron/core/topics/store';

const topic = (id: string, article: StoredTopic['article']): StoredTopic =>
  ({ id, label: id, autoLabel: id, terms: [], size: 10, hidden: false, representative: null, centroid: new Float32Array(2), floor: 0, position: 0, article }) as unknown as StoredTopic;
const article = (id: string, state: string, sourceTopicId: string | null = null, title = id): ArticleSummary => ({ id, title, state, updatedAt: '2026-11-01T00:00:00Z', sourceTopicId });

describe('coverage as of now', () => {
  it('follows the articles written, renamed, archived or deleted since the topics were found', () => {
    const topics = [
      topic('t1', { articleId: 'a1', title: 'Old title', similarity: 0.6 }),
      topic('t2', { articleId: 'gone', title: 'Deleted', similarity: 0.7 }),
      topic('t3', { articleId: 'a3', title: 'Archived', similarity: 0.7 }),
      topic('t4', { articleId: 'a1', title: 'Old title', similarity: 0.1 }),
      topic('t5', null),
    ];
    const articles = [article('a1', 'published', null, 'New title'), article('a3', 'archived'), article('a4', 'draft', 't4'), article('a5', 'published', 't5')];
    const matches = currentMatches(topics, articles);
    expect(matches.get('t1')).toEqual({ articleId: 'a1', title: 'New title', similarity: 0.6 });
    expect(matches.has('t2')).toBe(false);
    expect(matches.has('t3')).toBe(false);
    expect(matches.get('t4')).toEqual({ articleId: 'a4', title: 'a4', similarity: null, linked: true });
    expect(matches.get('t5')).toEqual({ articleId: 'a5', title: 'a5', similarity: null, linked: true });
  });
});
