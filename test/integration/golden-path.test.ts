import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../electron/core/api';
import { AppCore } from '../../electron/core/app-core';
import { buildDemoWorkspace } from '../../electron/core/demo/build';
import { InlineJobRunner } from '../../electron/core/jobs/inline-runner';
import { KCS_CHECKLIST } from '../../shared/domain/review';
import type { Job } from '../../shared/domain/jobs';

/**
 * The product's whole promise through the same calls the screens make: the friction ranking, a draft of
 * the top topic, the article it becomes, review by another person, export, and the audit trail of it all.
 */
describe('from friction to a published article', () => {
  let dir: string;
  let core: AppCore;
  let dispatch: Dispatch;
  const jobs: Job[] = [];
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  const finished = async (job: Job): Promise<Job> => {
    await expect.poll(() => jobs.find((j) => j.id === job.id && j.state !== 'running' && j.state !== 'queued'), { timeout: 120_000 }).toBeTruthy();
    return jobs.find((j) => j.id === job.id && j.state !== 'running' && j.state !== 'queued')!;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-golden-'));
    core = new AppCore({
      appDataDir: dir,
      runner: new InlineJobRunner(async () => core.requireWorkspace()),
      emit: (event, payload) => event === 'job:progress' && jobs.push(payload as Job),
    });
    await core.createWorkspace(join(dir, 'ws'));
    await buildDemoWorkspace(core.requireWorkspace(), { seed: 7, conversations: 600, now: Date.parse('2026-11-24T09:00:00Z') });
    dispatch = createDispatch(core);
  }, 120_000);
  afterAll(async () => {
    await core.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('ranks, drafts, reviews with two people, exports and records every step', async () => {
    await finished(await ok<Job>('insights:discover', {}));
    const table = await ok<{ report: { topics: Array<{ topicId: string; score: number }> } }>('insights:topics', {});
    const ranked = table.report.topics;
    expect(ranked.length).toBeGreaterThan(5);

    // Draft the top topics; take the first new-article draft (not an update proposal).
    const generated = await finished(await ok<Job>('drafts:generate', { top: 5 }));
    expect(generated.state).toBe('done');
    const drafts = await ok<Array<{ id: string; topicId: string; hasUpdateProposal: boolean }>>('drafts:list', {});
    const draft = drafts.find((d) => !d.hasUpdateProposal)!;
    expect(draft).toBeDefined();
    const { articleId } = await ok<{ articleId: string }>('drafts:open', { id: draft.id, mode: 'new' });
    let article = await ok<{ version: number; state: string; text: string; sourceTopicId: string }>('articles:get', { id: articleId });
    expect(article.sourceTopicId).toBe(draft.topicId);
    expect(article.text).not.toMatch(/\[(EMAIL|PHONE|CARD|NAME)\]|@\w+\.\w+/);

    // The author (the default admin profile) edits and submits to a reviewer.
    const author = await ok<{ id: string }>('people:current', {});
    const reviewer = await ok<{ id: string }>('people:create', { name: 'Wei', role: 'reviewer' });
    article = await ok('articles:save', { id: articleId, baseVersion: article.version, meta: { title: 'Package marked delivered but not received' } });
    article = await ok('review:transition', { articleId, action: 'submit', baseVersion: article.version, reviewerId: reviewer.id });
    expect(article.state).toBe('in_review');

    // The reviewer approves with the full KCS checklist; then publishes through the export.
    await ok('people:switch', { id: reviewer.id });
    const queue = await ok<unknown>('review:queue', { view: 'assigned' });
    expect(JSON.stringify(queue)).toContain(articleId);
    const checklist = Object.fromEntries(KCS_CHECKLIST.map((item) => [item, true]));
    const decided = await ok<{ article: { version: number; state: string } }>('review:decide', { articleId, baseVersion: article.version, decision: 'approve', reason: 'Steps match the resolved conversations.', checklist });
    expect(decided.article.state).toBe('approved');

    const out = join(dir, 'help-center');
    const plan = await ok<{ items: Array<{ articleId: string; action: string }> }>('export:plan', { target: 'html', outDir: out });
    expect(plan.items.find((i) => i.articleId === articleId)?.action).toBe('create');
    expect((await finished(await ok<Job>('export:start', { target: 'html', outDir: out }))).state).toBe('done');
    expect((await ok<{ state: string }>('articles:get', { id: articleId })).state).toBe('published');
    const pages = (await readdir(out, { recursive: true })).filter((file) => file.endsWith('.html'));
    const texts = await Promise.all(pages.map((file) => readFile(join(out, file), 'utf8')));
    expect(pages).toContain('index.html');
    expect(texts.some((html) => html.includes('<h1>Package marked delivered but not received</h1>') || html.includes('Package marked delivered but not received</h1>'))).toBe(true);

    // Every step is on record, in a chain nobody altered; the dashboard counts the accepted AI draft.
    const audit = await ok<Array<{ action: string; subjectId: string; actorId: string }>>('audit:list', {});
    const actions = audit.filter((e) => e.subjectId === articleId || e.action === 'export').map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['draft_opened_as_article', 'export']));
    expect(audit.some((e) => e.subjectId === articleId && e.actorId === author.id)).toBe(true);
    expect(audit.some((e) => e.subjectId === articleId && e.actorId === reviewer.id)).toBe(true);
    expect((await ok<{ ok: boolean }>('audit:verify', {})).ok).toBe(true);
    const dashboard = await ok<{ aiDrafts: { approved: number }; acceptanceRate: number | null; editDistance: { mean: number | null } }>('review:dashboard', {});
    expect(dashboard.aiDrafts.approved).toBe(1);
    expect(dashboard.acceptanceRate).toBe(1);
    expect(dashboard.editDistance.mean).not.toBeNull();
  }, 300_000);
});
