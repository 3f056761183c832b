import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { markdownToLexical } from '../../electron/core/articles/convert';
import { createArticle, readSummaryRows, setArticleState } from '../../electron/core/articles/store';
import { Workspace } from '../../electron/core/workspace/workspace';
import type { ExportReport } from '../../shared/domain/export';
import { fakeZendesk } from '../support/fake-helpcenters/zendesk';

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
  return { code, stdout, stderr };
}

describe('gleaner export to a help center (fake Zendesk on 127.0.0.1)', () => {
  let dir: string;
  let wsDir: string;
  let zd: ReturnType<typeof fakeZendesk>;
  let baseUrl: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-export-cli-'));
    wsDir = join(dir, 'ws');
    const ws = await Workspace.create(wsDir);
    const actor = { id: 'rev-1' };
    for (const [title, state] of [['Reset your password', 'approved'], ['Refund status', 'approved'], ['Draft only', 'draft']] as const) {
      const a = await createArticle(ws, { title, slug: title.toLowerCase().replace(/\W+/g, '-'), category: 'Account', content: markdownToLexical(`${title} body.`) }, actor);
      if (state !== 'draft') await setArticleState(ws, a.id, state, actor);
    }
    ws.close();
    zd = fakeZendesk('admin@example.com', 'zd-token');
    baseUrl = await zd.api.start();
    env = { GLEANER_HOME: join(dir, 'home'), GLEANER_ZENDESK_EMAIL: 'admin@example.com', GLEANER_ZENDESK_TOKEN: 'zd-token' };
  });
  afterEach(async () => {
    await zd.api.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const exportArgs = (...extra: string[]) => ['export', '--target', 'zendesk', '--base-url', baseUrl, '--workspace', wsDir, ...extra];

  it('plans with --dry-run --json without a request, exports the approved articles, then finds nothing to send', async () => {
    const dry = await cli(exportArgs('--dry-run', '--json'), env);
    expect(dry.code, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout) as ExportReport;
    expect(plan).toMatchObject({ target: 'zendesk', destination: baseUrl, dryRun: true, counts: { created: 2, updated: 0, unchanged: 0, failed: 0 } });
    expect(plan.items.map((i) => [i.title, i.status]).sort()).toEqual([
      ['Refund status', 'planned'],
      ['Reset your password', 'planned'],
    ]);
    expect(zd.api.requests()).toEqual([]);

    const real = await cli(exportArgs('--json'), env);
    expect(real.code, real.stderr).toBe(0);
    expect((JSON.parse(real.stdout) as ExportReport).counts).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 0 });
    expect([...zd.articles.values()].map((a) => a.translations['en-us']?.title).sort()).toEqual(['Refund status', 'Reset your password']);
    expect(zd.api.requests().every((r) => r.status < 400)).toBe(true);

    const again = await cli(exportArgs(), env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`Created 0 · updated 0 · unchanged 2 · failed 0 → ${baseUrl}`);
    expect(zd.articles.size).toBe(2);

    const ws = await Workspace.open(wsDir);
    try {
      expect((await readSummaryRows(ws)).filter((a) => a.state === 'published').map((a) => a.title).sort()).toEqual(['Refund status', 'Reset your password']);
    } finally {
      ws.close();
    }
  });

  it('--json prints the report when an article fails (a 422), with its error, and exits non-zero', async () => {
    zd.api.failNext('POST', /\/sections\/\d+\/articles\.json$/, { status: 422, body: { error: 'RecordInvalid', description: 'Body is too long' } });
    const run = await cli(exportArgs('--json'), env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/E_NETWORK: 1 article\(s\) failed to export/);
    const report = JSON.parse(run.stdout) as ExportReport;
    expect(report).toMatchObject({ target: 'zendesk', destination: baseUrl, dryRun: false, counts: { created: 1, updated: 0, unchanged: 0, failed: 1 } });
    const failed = report.items.filter((i) => i.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error).toMatch(/^Zendesk answered 422 to POST .*: Body is too long$/);
    expect(report.items.filter((i) => i.status === 'ok')).toHaveLength(1);
    expect(zd.articles.size).toBe(1);

    // The rerun sends only the article that failed, and succeeds.
    const again = await cli(exportArgs('--json'), env);
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as ExportReport).counts).toEqual({ created: 1, updated: 0, unchanged: 1, failed: 0 });
  });

  it('names the missing variable, and fails with the help center refusing a wrong token', async () => {
    const missing = await cli(exportArgs(), { GLEANER_HOME: env.GLEANER_HOME, GLEANER_ZENDESK_EMAIL: 'admin@example.com' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/E_VALIDATION: --target zendesk needs --base-url and GLEANER_ZENDESK_EMAIL and GLEANER_ZENDESK_TOKEN/);

    const refused = await cli(exportArgs(), { ...env, GLEANER_ZENDESK_TOKEN: 'wrong' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Zendesk refused the credentials (401');
    expect(refused.stderr).toMatch(/article\(s\) failed to export/);
    expect(zd.articles.size).toBe(0);
    expect(refused.stdout + refused.stderr).not.toContain('wrong');
  });
});
