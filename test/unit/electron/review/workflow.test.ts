import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticle, saveArticle } from '../../../../electron/core/articles/store';
import { appendAudit, readAudit, verifyChain } from '../../../../electron/core/audit/log';
import { createPerson } from '../../../../electron/core/people/store';
import { reviewDashboard } from '../../../../electron/core/review/dashboard';
import { normalizedEditDistance, wordEditDistance } from '../../../../electron/core/review/edit-distance';
import { notificationsFor, markNotificationsRead } from '../../../../electron/core/review/notifications';
import { loadQueue } from '../../../../electron/core/review/queue';
import { reviewSources } from '../../../../electron/core/review/sources';
import { decide, transitionArticle } from '../../../../electron/core/review/transition';
import { Workspace } from '../../../../electron/core/workspace/workspace';
import type { LexicalState } from '../../../../shared/domain/article';

const ALL = { title_customer_words: true, actionable_steps: true, environment_stated: true, no_personal_data: true, links_work: true };
const paragraph = (text: string): LexicalState => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [{ type: 'paragraph', direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '', children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }] }],
  },
});

describe('review workflow', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-review-'));
    ws = await Workspace.create(dir);
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('takes an AI draft from submit to approval with guards, conflicts, notifications, audit and the dashboard', async () => {
    const ana = await createPerson(ws, 'Ana', 'author');
    const wei = await createPerson(ws, 'Wei', 'reviewer');
    let article = await createArticle(ws, { title: 'Reset a PIN', content: paragraph('Open the app and tap reset PIN now.') }, ana, 'ai_draft');

    await expect(transitionArticle(ws, ana, { articleId: article.id, action: 'submit', baseVersion: article.version })).rejects.toMatchObject({ code: 'E_VALIDATION' });
    await expect(transitionArticle(ws, ana, { articleId: article.id, action: 'submit', baseVersion: article.version, reviewerId: ana.id })).rejects.toMatchObject({ code: 'E_VALIDATION' });
    article = await transitionArticle(ws, ana, { articleId: article.id, action: 'submit', baseVersion: article.version, reviewerId: wei.id });
    expect(article.state).toBe('in_review');
    await expect(transitionArticle(ws, ana, { articleId: article.id, action: 'submit', baseVersion: 1, reviewerId: wei.id })).rejects.toMatchObject({ code: 'E_CONFLICT' });
    await expect(decide(ws, ana, { articleId: article.id, baseVersion: article.version, decision: 'approve', reason: '', checklist: ALL })).rejects.toMatchObject({ code: 'E_FORBIDDEN' });

    const queue = await loadQueue(ws, wei, { view: 'assigned' });
    expect(queue.items.map((i) => i.article.id)).toEqual([article.id]);
    expect(queue.items[0]!.aiDraft).toBe(true);
    expect((await loadQueue(ws, ana, { view: 'assigned' })).items).toEqual([]);
    const weiNotes = await notificationsFor(ws, wei);
    expect(weiNotes.items.map((n) => n.kind)).toEqual(['assigned']);
    await markNotificationsRead(ws, wei, weiNotes.items[0]!.seq);
    expect((await notificationsFor(ws, wei)).unread).toBe(0);

    await expect(decide(ws, wei, { articleId: article.id, baseVersion: article.version, decision: 'request_changes', reason: ' ', checklist: ALL })).rejects.toMatchObject({ code: 'E_VALIDATION' });
    article = (await decide(ws, wei, { articleId: article.id, baseVersion: article.version, decision: 'request_changes', reason: 'Name the app version', checklist: { ...ALL, environment_stated: false } })).article;
    expect(article.state).toBe('changes_requested');
    expect((await notificationsFor(ws, ana)).items.map((n) => n.kind)).toEqual(['changes_requested']);

    article = await saveArticle(ws, { id: article.id, baseVersion: article.version, content: paragraph('Open the app version 5 or later and tap reset PIN.') }, ana);
    article = await transitionArticle(ws, ana, { articleId: article.id, action: 'submit', baseVersion: article.version, reviewerId: wei.id });
    const approved = await decide(ws, wei, { articleId: article.id, baseVersion: article.version, decision: 'approve', reason: '', checklist: ALL });
    expect(approved.article.state).toBe('approved');
    expect(approved.decision.checklist).toEqual(ALL);

    const sources = await reviewSources(ws, article.id);
    expect(sources.aiOriginal?.text).toBe('Open the app and tap reset PIN now.');
    expect(sources.lastApproved?.text).toBe('Open the app version 5 or later and tap reset PIN.');

    const dashboard = await reviewDashboard(ws);
    expect(dashboard.aiDrafts).toEqual({ total: 1, approved: 1, rejected: 0, pending: 0 });
    expect(dashboard.acceptanceRate).toBe(1);
    expect(dashboard.editDistance.mean).toBeGreaterThan(0);
    expect(dashboard.medianHoursToApprove).not.toBeNull();
    expect(dashboard.friction.status).toBe('no_published');
    expect((await loadQueue(ws, wei, { view: 'decided' })).items).toHaveLength(1);

    await appendAudit(ws, { actorId: ana.id, actorName: ana.name, action: 'draft_discarded', subjectKind: 'draft', subjectId: 'd9' });
    expect((await reviewDashboard(ws)).acceptanceRate).toBe(0.5);

    const audit = await readAudit(ws, { subjectId: article.id });
    expect(audit.map((e) => `${e.actorName}:${e.action}`)).toEqual(['Ana:submit', 'Wei:request_changes', 'Ana:submit', 'Wei:approve']);
    expect(audit[1]!.details).toMatchObject({ reason: 'Name the app version', checklist: { environment_stated: false } });
    expect(verifyChain(await readAudit(ws)).ok).toBe(true);
  });

  it('lets an author approve their own article only when the setting allows it, and flags published articles past their review date', async () => {
    const admin = await createPerson(ws, 'Ada', 'admin');
    let article = await createArticle(ws, { title: 'Old', reviewBy: '2020-01-01' }, admin);
    await ws.updateSettings({ requireSeparateReviewer: false });
    article = await transitionArticle(ws, admin, { articleId: article.id, action: 'submit', baseVersion: article.version, reviewerId: admin.id });
    article = (await decide(ws, admin, { articleId: article.id, baseVersion: article.version, decision: 'approve', reason: 'ok', checklist: ALL })).article;
    article = await transitionArticle(ws, admin, { articleId: article.id, action: 'publish', baseVersion: article.version });
    const queue = await loadQueue(ws, admin, { view: 'due' });
    expect(queue.flagged).toBe(1);
    expect(queue.items.map((i) => i.article.state)).toEqual(['needs_review']);
    expect((await readAudit(ws, { subjectId: article.id })).at(-1)).toMatchObject({ actorName: 'Gleaner', action: 'flag_for_review' });
  });

  it('sends a published article back to review when a linked translation is edited after publishing', async () => {
    const admin = await createPerson(ws, 'Ada', 'admin');
    await ws.updateSettings({ requireSeparateReviewer: false });
    let original = await createArticle(ws, { title: 'Reset a PIN', content: paragraph('Tap reset.') }, admin);
    let translation = await createArticle(ws, { title: '重置密码', language: 'zh-CN', translationOf: original.id, content: paragraph('点击重置。') }, admin);
    original = await transitionArticle(ws, admin, { articleId: original.id, action: 'submit', baseVersion: original.version, reviewerId: admin.id });
    original = (await decide(ws, admin, { articleId: original.id, baseVersion: original.version, decision: 'approve', reason: '', checklist: ALL })).article;
    original = await transitionArticle(ws, admin, { articleId: original.id, action: 'publish', baseVersion: original.version });
    expect((await loadQueue(ws, admin, { view: 'due' })).flagged).toBe(0);
    translation = await saveArticle(ws, { id: translation.id, baseVersion: translation.version, content: paragraph('点击“重置密码”。') }, admin);
    const queue = await loadQueue(ws, admin, { view: 'due' });
    expect(queue.flagged).toBe(1);
    expect(queue.items.map((i) => i.article.id)).toEqual([original.id]);
    expect((await readAudit(ws, { subjectId: original.id })).at(-1)?.details).toMatchObject({ reason: 'translation_changed', translationId: translation.id });
  });

  it('measures word-level edit distance, CJK by character', () => {
    expect(wordEditDistance(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toBe(2);
    expect(normalizedEditDistance('Tap Reset.', 'tap reset')).toBe(0);
    expect(normalizedEditDistance('重置密码', '重置口令')).toBe(0.5);
    expect(normalizedEditDistance('', '')).toBe(0);
  });
});
