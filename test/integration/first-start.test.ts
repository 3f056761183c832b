import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
});
