import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppCore } from '../../electron/core/app-core';
import { createDispatch } from '../../electron/core/api';
import { createThreadJobRunner } from '../../electron/core/jobs/thread-runner';
import type { Job } from '../../shared/domain/jobs';

describe('jobs in a worker thread', () => {
  let dir: string;
  let core: AppCore;
  const events: Job[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-jobs-'));
    core = new AppCore({
      appDataDir: dir,
      runner: createThreadJobRunner(),
      emit: (event, payload) => {
        if (event === 'job:progress') events.push(payload as Job);
      },
    });
    await core.createWorkspace(join(dir, 'ws'));
  });

  afterEach(async () => {
    await core.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs compaction in the worker, reports progress and records it in the history', async () => {
    const dispatch = createDispatch(core);
    const started = await dispatch('jobs:start', { kind: 'workspace.compact' });
    expect(started.ok).toBe(true);
    const id = (started as { value: Job }).value.id;
    await expect.poll(() => events.find((e) => e.id === id && e.state === 'done'), { timeout: 20_000 }).toBeTruthy();
    const listed = await dispatch('jobs:list', {});
    expect(listed.ok && (listed.value as Job[]).some((j) => j.id === id && j.state === 'done')).toBe(true);
  });

  it('rejects a bad input with E_VALIDATION and an unknown channel with E_UNKNOWN_CHANNEL', async () => {
    const dispatch = createDispatch(core);
    const bad = await dispatch('jobs:start', { kind: 'nope' });
    expect(bad.ok ? null : bad.error.code).toBe('E_VALIDATION');
    const unknown = await dispatch('nope:nope', {});
    expect(unknown.ok ? null : unknown.error.code).toBe('E_UNKNOWN_CHANNEL');
  });
});
