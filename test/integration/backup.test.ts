import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api';
import { AppCore } from '../../electron/core/app-core';
import { createThreadJobRunner } from '../../electron/core/jobs/thread-runner';
import type { EventName } from '../../shared/ipc/contract';
import { backupInfoSchema, type BackupInfo } from '../../shared/domain/backup';

async function backUpNow(dispatch: ReturnType<typeof createDispatch>): Promise<BackupInfo> {
  const result = await dispatch('backup:create', {});
  if (!result.ok) throw new Error(result.error.message);
  return backupInfoSchema.parse(result.value);
}

describe('backups through the IPC calls', () => {
  let dir: string;
  let core: AppCore;
  const events: EventName[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-backups-'));
    events.length = 0;
    core = new AppCore({ appDataDir: join(dir, 'app'), runner: createThreadJobRunner(), backupOnOpen: true, emit: (event) => events.push(event) });
  });
  afterEach(async () => {
    await core.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('backs up on open when autoBackup is on, without holding the open back, and reports it', async () => {
    const wsDir = join(dir, 'ws');
    const ws = await core.createWorkspace(wsDir);
    await core.openWorkspace(wsDir);
    await core.pendingAutoBackup;
    expect(core.lastAutoBackup).toBeNull();
    await ws.updateSettings({ autoBackup: true });
    await core.openWorkspace(wsDir);
    await core.pendingAutoBackup;
    expect(core.lastAutoBackup).toMatchObject({ state: 'created', backup: { auto: true } });
    expect(events).toContain('backup:auto');
    const list = await createDispatch(core)('backup:list', {});
    expect(list).toMatchObject({ ok: true, value: { folder: `${wsDir}.backups`, backups: [{ auto: true }], lastAuto: { state: 'created' } } });
  });

  it('restores a backup into the open workspace, keeps the current one beside it, and reopens it', async () => {
    const dispatch = createDispatch(core);
    const wsDir = join(dir, 'ws');
    await core.createWorkspace(wsDir);
    await dispatch('settings:set', { repeatWindowDays: 10 });
    const created = await backUpNow(dispatch);
    expect(created.sizeBytes).toBeGreaterThan(0);
    await dispatch('settings:set', { repeatWindowDays: 30 });

    const restored = await dispatch('backup:restore', { name: created.name });
    expect(restored).toMatchObject({ ok: true, value: { restored: wsDir, previous: expect.stringContaining('ws.before-restore-') } });
    expect(core.workspace?.settings().repeatWindowDays).toBe(10);
    expect(await dispatch('settings:get', {})).toMatchObject({ ok: true, value: { repeatWindowDays: 10 } });
    expect((await readdir(dir)).sort()).toEqual(expect.arrayContaining(['ws', 'ws.backups', expect.stringMatching(/^ws\.before-restore-/)]));
  });

  it('puts the current workspace back when the backup cannot be opened (written by a newer Gleaner)', async () => {
    const dispatch = createDispatch(core);
    const wsDir = join(dir, 'ws');
    await core.createWorkspace(wsDir);
    const created = await backUpNow(dispatch);
    const manifest = join(`${wsDir}.backups`, created.name, 'gleaner-workspace.json');
    await writeFile(manifest, JSON.stringify({ ...JSON.parse(await readFile(manifest, 'utf8')), formatVersion: 999 }));
    await dispatch('settings:set', { repeatWindowDays: 30 });

    expect(await dispatch('backup:restore', { name: created.name })).toMatchObject({ ok: false, error: { code: 'E_WORKSPACE_NEWER' } });
    expect(core.workspace?.settings().repeatWindowDays).toBe(30);
    expect((await readdir(dir)).sort()).toEqual(['app', 'ws', 'ws.backups']);
  });

  it('refuses to restore while a job runs in the workspace', async () => {
    const dispatch = createDispatch(core);
    const ws = await core.createWorkspace(join(dir, 'ws'));
    const created = await backUpNow(dispatch);
    const { finished } = core.jobs.start(ws, 'workspace.compact');
    expect(await dispatch('backup:restore', { name: created.name })).toMatchObject({ ok: false, error: { code: 'E_CONFLICT' } });
    await finished;
    expect(await dispatch('backup:restore', { name: created.name })).toMatchObject({ ok: true });
  });

  it('names a backup only by its folder name: a path or a name that is not a backup is refused', async () => {
    const dispatch = createDispatch(core);
    await core.createWorkspace(join(dir, 'ws'));
    for (const name of ['../ws', '../../etc', '/tmp', '..\\..\\x', '2026-12-01T08-00-00-000Z/../../x', '%2e%2e%2f', 'a\u0000b']) {
      expect(await dispatch('backup:restore', { name })).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    }
    expect(await dispatch('backup:restore', { name: '2026-12-01T08-00-00-000Z' })).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
    expect(core.workspace?.dir).toBe(join(dir, 'ws'));
  });
});
