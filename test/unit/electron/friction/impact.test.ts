import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, getArticle, setArticleState, writeArticles } from '../../../../electron/core/articles/store';
import { appendAudit } from '../../../../electron/core/audit/log';
import { buildDemoWorkspace } from '../../../../electron/core/demo/build';
import { DAY_MS, type ConversationFacts } from '../../../../electron/core/friction/facts';
import { articleImpact, impactVerdict, publishTimeOf, topicImpact } from '../../../../electron/core/friction/impact';
import { workspaceFriction } from '../../../../electron/core/friction/workspace';
import { ensureTopics } from '../../../../electron/core/topics/ensure';
import { Workspace } from '../../../../electron/core/workspace/workspace';
import type { AuditEntry } from '../../../../shared/domain/audit';

const T0 = Date.UTC(2026, 0, 1);
const NOW = Date.parse('2026-11-24T09:00:00Z');

const fact = (i: number, startedMs: number, escalated: boolean): ConversationFacts => ({
  key: `c${i}`,
  topicId: 't1',
  startedMs,
  customerId: null,
  escalated,
  repeatContact: false,
  negative: false,
  resolved: true,
  handleSeconds: null,
  escalationTurn: null,
  turnCount: 4,
});

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  seq: 0,
  at: '2026-03-01T00:00:00.000Z',
  actorId: 'p1',
  actorName: 'Pat',
  action: 'comment',
  subjectKind: 'article',
  subjectId: 'a1',
  details: {},
  prevHash: '',
  hash: '',
  ...over,
});

describe('did it help: the pure parts', () => {
  it('counts the weeks after a recent publication by the days that have passed', () => {
    const published = T0 + 28 * DAY_MS;
    const facts = [
      ...Array.from({ length: 40 }, (_, i) => fact(i, T0 + i * 0.7 * DAY_MS, i % 2 === 0)),
      ...Array.from({ length: 20 }, (_, i) => fact(100 + i, published + i * 0.7 * DAY_MS, false)),
    ];
    const impact = articleImpact(facts, 't1', 'a1', published, 28);
    expect(impact.after.days).toBeCloseTo(19 * 0.7, 6);
    expect(impact.after.perWeek).toBeCloseTo(20 / ((19 * 0.7) / 7), 6);
    expect(impact.change.escalation.high).toBeLessThan(0);
    expect(impactVerdict(impact)).toBe('better');
    expect(impactVerdict(articleImpact(facts.slice(0, 45), 't1', 'a1', published, 28))).toBe('too_early');
  });

  it('takes the publication time from the audit log, else from a published article', () => {
    const article = { id: 'a1', state: 'published', updatedAt: '2026-05-01T00:00:00.000Z' };
    expect(publishTimeOf([], article)).toEqual({ ms: Date.parse('2026-05-01T00:00:00.000Z'), from: 'article' });
    expect(publishTimeOf([], { ...article, state: 'draft' })).toBeNull();
    const entries = [
      entry({ action: 'comment' }),
      entry({ action: 'publish', at: '2026-03-02T00:00:00.000Z' }),
      entry({ action: 'transition', at: '2026-03-04T00:00:00.000Z', details: { to: 'published' } }),
      entry({ action: 'transition', at: '2026-03-09T00:00:00.000Z', subjectId: 'a2', details: { to: 'published' } }),
      entry({ action: 'export', at: '2026-03-05T00:00:00.000Z', subjectKind: 'export', subjectId: 'x1', details: { published: ['a1'] } }),
    ];
    expect(publishTimeOf(entries, article)).toEqual({ ms: Date.parse('2026-03-05T00:00:00.000Z'), from: 'audit' });
  });
});

describe('topicImpact on the demo workspace', () => {
  let dir: string;
  let ws: Workspace;
  let topicId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gleaner-impact-'));
    ws = await Workspace.create(dir, { name: 'demo', isDemo: true });
    await buildDemoWorkspace(ws, { seed: 7, conversations: 600, now: NOW });
    await ensureTopics(ws, {});
    // The demo publishes refund_status's seed article; these tests follow a topic no published article covers.
    for (const topic of (await workspaceFriction(ws)).topics) {
      if ((await topicImpact(ws, { topicId: topic.topicId })).length === 0) {
        topicId = topic.topicId;
        break;
      }
    }
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows the articles the demo published four weeks before its end (refund_status, in English and Chinese)', async () => {
    const planted = await topicImpact(ws);
    expect(planted.length).toBeGreaterThan(0);
    for (const impact of planted) {
      expect(impact).toMatchObject({ publishedFrom: 'article' });
      expect(impact.after.days).toBeGreaterThan(27);
    }
    const articles = await Promise.all([...new Set(planted.map((i) => i.articleId))].map((id) => getArticle(ws, id)));
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(article.slug).toMatch(/^refund-status(-zh)?$/);
  });

  it('is empty until an article linked to a topic is published', async () => {
    expect(topicId).toBeDefined();
    expect(await topicImpact(ws, { topicId })).toEqual([]);
    await createArticle(ws, { title: 'Unpublished fix', sourceTopicId: topicId }, { id: 'p1' });
    expect(await topicImpact(ws, { topicId })).toEqual([]);
  });

  it('compares the topic before and after the publication', async () => {
    const created = await createArticle(ws, { title: 'How to fix it', sourceTopicId: topicId }, { id: 'p1' });
    const published = await setArticleState(ws, created.id, 'published', { id: 'p1' });
    // Published three weeks before the demo's last conversation.
    await writeArticles(ws, [{ ...(await getArticle(ws, published.id)), updatedAt: new Date(NOW - 21 * DAY_MS).toISOString() }]);
    const [impact, ...rest] = await topicImpact(ws, { topicId });
    expect(rest).toEqual([]);
    expect(impact).toMatchObject({ topicId, articleId: created.id, articleTitle: 'How to fix it', publishedFrom: 'article' });
    expect(impact!.before.conversations).toBeGreaterThan(0);
    expect(impact!.after.conversations).toBeGreaterThan(0);
    expect(impact!.after.days).toBeGreaterThan(20);
    expect(impact!.change.escalation!.low).toBeLessThanOrEqual(impact!.change.escalation!.high);
    expect(['better', 'worse', 'unclear', 'too_early']).toContain(impact!.verdict);
    expect(await topicImpact(ws, { topicId: 't99999' })).toEqual([]);

    // A publication in the audit log wins: published just now, nothing after it yet.
    await appendAudit(ws, { actorId: 'p1', actorName: 'Pat', action: 'publish', subjectKind: 'article', subjectId: created.id });
    const [again] = await topicImpact(ws, { topicId });
    expect(again).toMatchObject({ publishedFrom: 'audit', verdict: 'too_early' });
  });
});
