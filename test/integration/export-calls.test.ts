import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppCore } from '../../electron/core/app-core';
import { createDispatch, type Dispatch } from '../../electron/core/api';
import { markdownToLexical } from '../../electron/core/articles/convert';
import { createArticle, setArticleState } from '../../electron/core/articles/store';
import type { CredentialStore } from '../../electron/core/export/credentials';
import { InlineJobRunner } from '../../electron/core/jobs/inline-runner';
import { baseUrlProblem, type ExportCandidate, type ExportReport, type RemoteCredentials } from '../../shared/domain/export';
import type { Job } from '../../shared/domain/jobs';

const memoryCredentials = (): CredentialStore => {
  const stored = new Map<string, RemoteCredentials>();
  return {
    get: async (target) => stored.get(target) ?? null,
    set: async (value) => void stored.set(value.target, value),
    forget: async (target) => void stored.delete(target),
  };
};

describe('export calls behind the export screen', () => {
  let dir: string;
  let core: AppCore;
  let dispatch: Dispatch;
  const jobs: Job[] = [];
  const value = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  const runJob = async (input: unknown): Promise<ExportReport> => {
    const job = await value<Job>('export:start', input);
    await expect.poll(() => jobs.find((j) => j.id === job.id && j.state === 'done'), { timeout: 20_000 }).toBeTruthy();
    return jobs.find((j) => j.id === job.id && j.state === 'done')!.result as ExportReport;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-export-calls-'));
    jobs.length = 0;
    core = new AppCore({
      appDataDir: dir,
      runner: new InlineJobRunner(async () => core.requireWorkspace()),
      emit: (event, payload) => event === 'job:progress' && jobs.push(payload as Job),
      host: { credentials: memoryCredentials() },
    });
    await core.createWorkspace(join(dir, 'ws'));
    dispatch = createDispatch(core);
    const ws = core.requireWorkspace();
    const actor = { id: 'rev-1' };
    for (const [title, state] of [['Reset your password', 'approved'], ['Refund status', 'published'], ['Flagged one', 'needs_review'], ['Draft only', 'draft'], ['Old one', 'archived']] as const) {
      const a = await createArticle(ws, { title, slug: title.toLowerCase().replace(/\W+/g, '-'), category: 'Account', content: markdownToLexical(`${title} body.`) }, actor);
      if (state !== 'draft') await setArticleState(ws, a.id, state, actor);
    }
  });
  afterEach(async () => {
    await core.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists candidates with their default choice and when they last went to this folder', async () => {
    const out = join(dir, 'site');
    const before = await value<ExportCandidate[]>('export:candidates', { target: 'html', outDir: out });
    expect(before.map((c) => [c.title, c.byDefault]).sort()).toEqual([
      ['Draft only', false],
      ['Flagged one', false],
      ['Refund status', true],
      ['Reset your password', true],
    ]);
    expect(before.every((c) => c.lastExportedAt === null)).toBe(true);
    const report = await runJob({ target: 'html', outDir: out });
    expect(report.entry).toBe(join(out, 'index.html'));
    expect(report.items.map((i) => i.reason)).toEqual(['new', 'new']);
    const after = await value<ExportCandidate[]>('export:candidates', { target: 'html', outDir: out });
    expect(after.filter((c) => c.lastExportedAt).map((c) => c.title).sort()).toEqual(['Refund status', 'Reset your password']);
    const elsewhere = await value<ExportCandidate[]>('export:candidates', { target: 'html', outDir: join(dir, 'other') });
    expect(elsewhere.every((c) => c.lastExportedAt === null)).toBe(true);
  });

  it('explains a dry run: unchanged because the same, re-created because the file is gone', async () => {
    const out = join(dir, 'site');
    await runJob({ target: 'html', outDir: out });
    const same = await value<ExportReport>('export:plan', { target: 'html', outDir: out });
    expect(same.items.map((i) => [i.action, i.reason, Boolean(i.lastExportedAt)])).toEqual([
      ['unchanged', 'same', true],
      ['unchanged', 'same', true],
    ]);
    await rm(join(out, 'en'), { recursive: true });
    const missing = await value<ExportReport>('export:plan', { target: 'html', outDir: out });
    expect(missing.items.map((i) => [i.action, i.reason])).toEqual([
      ['create', 'missing'],
      ['create', 'missing'],
    ]);
    const again = await runJob({ target: 'html', outDir: out });
    expect(again.counts).toMatchObject({ created: 2, failed: 0 });
  });

  it('stores, reports and forgets credentials, refusing plain HTTP', async () => {
    const refused = await dispatch('export:setCredentials', { target: 'zendesk', credentials: { baseUrl: 'http://acme.zendesk.com', email: 'a@b.c', apiToken: 't' } });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'E_VALIDATION', message: expect.stringMatching(/HTTPS/) });
    const set = await value('export:setCredentials', { target: 'zendesk', credentials: { baseUrl: 'https://acme.zendesk.com', email: 'a@b.c', apiToken: 'secret-token' } });
    expect(set).toEqual({ target: 'zendesk', remote: true, configured: true, destination: 'https://acme.zendesk.com' });
    expect(JSON.stringify(await value('export:targets', {}))).not.toContain('secret-token');
    expect(await value('export:forgetCredentials', { target: 'zendesk' })).toMatchObject({ configured: false, destination: null });
  });

  it('opens only the output of a past export', async () => {
    const opened: string[] = [];
    core.host.openPath = async (path) => void opened.push(path);
    const denied = await dispatch('export:open', { path: '/etc/passwd' });
    expect(denied.ok).toBe(false);
    const report = await runJob({ target: 'html', outDir: join(dir, 'site') });
    expect(await value('export:open', { path: report.entry })).toEqual({ opened: true });
    expect(opened).toEqual([report.entry]);
  });

  it('checks help-center URLs the same way in the screen and the engine', () => {
    expect(baseUrlProblem('https://acme.zendesk.com')).toBeNull();
    expect(baseUrlProblem('http://127.0.0.1:8080')).toBeNull();
    expect(baseUrlProblem('http://localhost:3000')).toBeNull();
    expect(baseUrlProblem('http://acme.zendesk.com')).toBe('https');
    expect(baseUrlProblem('acme.zendesk.com')).toBe('invalid');
  });
});
