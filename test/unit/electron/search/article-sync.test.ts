import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../../electron/core/api';
import { AppCore } from '../../../../electron/core/app-core';
import { createThreadJobRunner } from '../../../../electron/core/jobs/thread-runner';
import { addTranscripts } from '../../../../electron/core/transcripts/store';
import { toRow } from '../../../../electron/core/transcripts/row';
import type { Article } from '../../../../shared/domain/article';
import type { Job } from '../../../../shared/domain/jobs';
import type { SearchHit } from '../../../../shared/domain/search';
import type { Settings } from '../../../../shared/domain/settings';

async function value<T>(dispatch: Dispatch, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

describe('articles in the search index', () => {
  let dir: string;
  let core: AppCore;
  let dispatch: Dispatch;
  const jobs = new Map<string, Job>();
  let article: Article;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-article-sync-'));
    core = new AppCore({
      appDataDir: dir,
      runner: createThreadJobRunner(),
      emit: (event, payload) =>
        event === 'job:progress' && jobs.set((payload as Job).id, payload as Job),
    });
    const ws = await core.createWorkspace(join(dir, 'ws'));
    const conversations = [
      'My new card has not arrived yet.',
      'I was charged twice for the same purchase.',
      '我想退货，物流信息一直没有更新。',
    ].map((text, i) => ({
      id: `c${i}`,
      channel: 'chat',
      language: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en',
      started_at: `2026-11-0${i + 1}T10:00:00Z`,
      customer_id: 'u1',
      turns: [{ role: 'customer' as const, text }],
    }));
    await addTranscripts(
      ws,
      conversations.map((t) => toRow(t, 'test', 'import-1', { redact: false })),
    );
    dispatch = createDispatch(core);
    article = await value<Article>(dispatch, 'articles:create', {
      title: 'Card delivery times',
      language: 'en',
    });
  });

  afterAll(async () => {
    await core.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts the first index on the first search and then finds conversations and articles', async () => {
    expect(await value<SearchHit[]>(dispatch, 'search:query', { query: 'card' })).toEqual([]);
    await expect
      .poll(() => [...jobs.values()].find((j) => j.kind === 'embed.workspace')?.state, {
        timeout: 30_000,
      })
      .toBe('done');
    const hits = await value<SearchHit[]>(dispatch, 'search:query', { query: 'card delivery' });
    expect(hits.map((h) => `${h.kind}:${h.id}`)).toEqual(
      expect.arrayContaining([`article:${article.id}`, 'transcript:test:c0']),
    );
    const articleHit = hits.find((h) => h.kind === 'article')!;
    expect(articleHit.title).toBe('Card delivery times');
  });

  it('re-indexes a saved article at the next search, and forgets a deleted one', async () => {
    const saved = await value<Article>(dispatch, 'articles:save', {
      id: article.id,
      baseVersion: article.version,
      meta: { title: '退货流程和物流查询' },
    });
    const zh = await value<SearchHit[]>(dispatch, 'search:query', {
      query: '退货',
      kinds: ['article'],
    });
    expect(zh.map((h) => h.id)).toEqual([saved.id]);
    expect(zh[0]!.title).toBe('退货流程和物流查询');
    const en = await value<SearchHit[]>(dispatch, 'search:query', {
      query: 'delivery times',
      kinds: ['article'],
    });
    expect(en.map((h) => h.title)).not.toContain('Card delivery times');
    await value(dispatch, 'articles:delete', { ids: [saved.id] });
    expect(
      await value<SearchHit[]>(dispatch, 'search:query', { query: '退货', kinds: ['article'] }),
    ).toEqual([]);
  });

  it('embeds conversations imported after the build at the next search', async () => {
    const ws = core.requireWorkspace();
    const before = await value<SearchHit[]>(dispatch, 'search:query', { query: 'roaming abroad' });
    expect(before.map((h) => h.id)).not.toContain('test:late');
    await addTranscripts(ws, [
      toRow(
        {
          id: 'late',
          channel: 'chat',
          language: 'en',
          turns: [{ role: 'customer', text: 'Roaming abroad does not work, no data at all.' }],
        },
        'test',
        'import-2',
        { redact: false },
      ),
    ]);
    const after = await value<SearchHit[]>(dispatch, 'search:query', { query: 'roaming abroad' });
    expect(after[0]).toMatchObject({ kind: 'transcript', id: 'test:late' });
  });

  it('stores the analysis settings and re-flags repeat contacts when the window changes', async () => {
    const settings = await value<Settings>(dispatch, 'settings:set', {
      successCriteria: { minCsat: 3, minConversations: 5 },
      frictionWeights: { escalation: 2 },
    });
    expect(settings.successCriteria).toMatchObject({ minCsat: 3, minConversations: 5, excludeEscalated: true });
    expect(settings.frictionWeights).toEqual({ escalation: 2, repeat: 1, negative: 0.5 });
    // Nested objects are merged: a second patch keeps what the first one set.
    const merged = await value<Settings>(dispatch, 'settings:set', {
      successCriteria: { excludeEscalated: false },
    });
    expect(merged.successCriteria).toMatchObject({ minCsat: 3, minConversations: 5, excludeEscalated: false });
    const refused = await dispatch('settings:set', { successCriteria: { minCsat: 9 } });
    expect(refused.ok ? null : refused.error.code).toBe('E_VALIDATION');
    const after = await value<Settings>(dispatch, 'settings:set', { repeatWindowDays: 30 });
    expect(after.repeatWindowDays).toBe(30);
  });
});
