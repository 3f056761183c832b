import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api';
import { AppCore } from '../../electron/core/app-core';
import { createThreadJobRunner } from '../../electron/core/jobs/thread-runner';
import { countTranscripts } from '../../electron/core/transcripts/store';
import type { Job } from '../../shared/domain/jobs';

describe('first start', () => {
  let dir: string;
  let core: AppCore;
  const jobs: Job[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-first-'));
    core = new AppCore({ appDataDir: dir, runner: createThreadJobRunner(), emit: (event, payload) => event === 'job:progress' && jobs.push(payload as Job) });
  });
  afterEach(async () => {
    await core.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('opens the demo workspace and builds it in the background; the next start reopens it without rebuilding', async () => {
    const ws = await core.openLastOrDefault({ demoConversations: 300 });
    expect(ws.isDemo).toBe(true);
    expect(ws.dir).toBe(join(dir, 'workspaces', 'default'));
    await expect.poll(() => jobs.find((j) => j.kind === 'demo.build' && (j.state === 'done' || j.state === 'failed'))?.state, { timeout: 60_000 }).toBe('done');
    expect(await countTranscripts(ws)).toBeGreaterThanOrEqual(300);
    await core.dispose();
    core = new AppCore({ appDataDir: dir, runner: createThreadJobRunner() });
    const again = await core.openLastOrDefault();
    expect(again.dir).toBe(ws.dir);
    expect(new Set(jobs.filter((j) => j.kind === 'demo.build').map((j) => j.id)).size).toBe(1);
  });

  it('opens the default workspace when the last one is damaged, and keeps the reason for the UI', async () => {
    const damaged = await core.createWorkspace(join(dir, 'eu'), { name: 'Support EU' });
    await core.dispose();
    const tableDir = join(damaged.dir, 'db', 'audit_log.lance');
    for (const entry of await readdir(tableDir)) await rm(join(tableDir, entry), { recursive: true });

    core = new AppCore({ appDataDir: dir, runner: createThreadJobRunner() });
    const opened = await core.openLastOrDefault({ demo: false });
    expect(opened.dir).toBe(join(dir, 'workspaces', 'default'));
    const answer = await createDispatch(core)('workspace:startupProblem', {});
    expect(answer).toMatchObject({ ok: true, value: { dir: damaged.dir, code: 'E_WORKSPACE_CORRUPT', message: expect.stringMatching(/audit_log/) } });
  });

  it('has no startup problem when the last workspace opens', async () => {
    await core.openLastOrDefault({ demo: false });
    expect(await createDispatch(core)('workspace:startupProblem', {})).toEqual({ ok: true, value: null });
  });
});
