import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppCore } from '../../electron/core/app-core';
import { createDispatch } from '../../electron/core/api';
import { markdownToLexical } from '../../electron/core/articles/convert';
import { createArticle, getArticle, setArticleState } from '../../electron/core/articles/store';
import { readAudit, verifyChain } from '../../electron/core/audit/log';
import { InlineJobRunner } from '../../electron/core/jobs/inline-runner';
import { safeStorageCredentials } from '../../electron/main/credentials';
import type { ExportReport } from '../../shared/domain/export';
import type { Job } from '../../shared/domain/jobs';
import { fakeZendesk } from '../support/fake-helpcenters/zendesk';

describe('exporting approved articles', () => {
  let dir: string;
  let core: AppCore;
  const jobs: Job[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-export-job-'));
    core = new AppCore({
      appDataDir: dir,
      runner: new InlineJobRunner(async () => core.requireWorkspace()),
      emit: (event, payload) => event === 'job:progress' && jobs.push(payload as Job),
    });
    await core.createWorkspace(join(dir, 'ws'));
  });
  afterEach(async () => {
    await core.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('plans, exports only approved articles, marks them published and records the run in the audit log', async () => {
    const ws = core.requireWorkspace();
    const actor = { id: 'rev-1' };
    const approved = await createArticle(ws, { title: 'Reset your password', slug: 'reset-password', category: 'Account', content: markdownToLexical('## Resolution\n\n1. Open **Settings**.\n2. Tap Reset.\n\n<script>alert(1)</script>') }, actor);
    await setArticleState(ws, approved.id, 'approved', actor);
    await createArticle(ws, { title: 'Draft only', slug: 'draft-only' }, actor);
    const dispatch = createDispatch(core);
    const out = join(dir, 'site');

    const plan = await dispatch('export:plan', { target: 'html', outDir: out });
    expect(plan.ok && (plan.value as ExportReport).items.map((i) => [i.title, i.action])).toEqual([['Reset your password', 'create']]);

    const started = await dispatch('export:start', { target: 'html', outDir: out });
    expect(started.ok).toBe(true);
    await expect.poll(() => jobs.find((j) => j.kind === 'export.run' && j.state === 'done'), { timeout: 20_000 }).toBeTruthy();
    const page = await readFile(join(out, 'en', 'account', 'reset-password.html'), 'utf8');
    expect(page).toContain('<strong>Settings</strong>');
    expect(page).not.toContain('<script>alert');
    expect((await getArticle(ws, approved.id)).state).toBe('published');
    const audit = await readAudit(ws);
    expect(audit.at(-1)).toMatchObject({ action: 'export', details: { target: 'html', published: [approved.id] } });
    expect(verifyChain(audit).ok).toBe(true);
    const history = await dispatch('export:history', {});
    expect(history.ok && (history.value as ExportReport[]).length).toBe(1);
  });

  it('asks for credentials before a help-center export, and keeps them encrypted', async () => {
    const zd = fakeZendesk();
    const baseUrl = await zd.api.start();
    try {
      const fakeKeychain = {
        isEncryptionAvailable: () => true,
        encryptString: (s: string) => Buffer.from(s, 'utf8').map((b) => b ^ 0x5a),
        decryptString: (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8'),
      };
      core.host.credentials = safeStorageCredentials(fakeKeychain as never, dir);
      const dispatch = createDispatch(core);
      const missing = await dispatch('export:start', { target: 'zendesk' });
      expect(missing.ok ? null : missing.error.message).toMatch(/Connect zendesk first/);
      const set = await dispatch('export:setCredentials', { target: 'zendesk', credentials: { baseUrl, email: 'admin@example.com', apiToken: 'zd-token' } });
      expect(set).toMatchObject({ ok: true, value: { configured: true, destination: baseUrl } });
      expect(JSON.stringify(set)).not.toContain('zd-token');
      expect(await readFile(join(dir, 'credentials', 'zendesk.bin'), 'utf8')).not.toContain('zd-token');
      const targets = await dispatch('export:targets', {});
      expect(JSON.stringify(targets)).not.toContain('zd-token');
    } finally {
      await zd.api.stop();
    }
  });
});
