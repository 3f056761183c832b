import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAutoBackup } from '../../../../electron/core/workspace/auto-backup';
import { backupWorkspace, listBackups } from '../../../../electron/core/workspace/backup';
import { Workspace } from '../../../../electron/core/workspace/workspace';

const HOUR = 60 * 60 * 1000;
const at = (hours: number) => new Date(Date.UTC(2026, 11, 1, 8) + hours * HOUR);

describe('the daily automatic backup', () => {
  let dir: string;
  let wsDir: string;
  let root: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-auto-backup-'));
    wsDir = join(dir, 'ws');
    root = join(dir, 'ws.backups');
    (await Workspace.create(wsDir)).close();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('backs up at most once a day', async () => {
    expect(await runAutoBackup(wsDir, root, { now: at(0) })).toMatchObject({ state: 'created', backup: { auto: true, createdAt: at(0).toISOString() } });
    expect(await runAutoBackup(wsDir, root, { now: at(23) })).toEqual({ state: 'skipped', at: at(23).toISOString(), reason: 'recent' });
    expect(await runAutoBackup(wsDir, root, { now: at(24) })).toMatchObject({ state: 'created' });
    expect((await listBackups(root)).map((b) => b.createdAt)).toEqual([at(24).toISOString(), at(0).toISOString()]);
  });

  it('counts a manual backup made today, and a backup dated in the future (clock moved back) does not stop it', async () => {
    await backupWorkspace(wsDir, root, { now: at(0) });
    expect(await runAutoBackup(wsDir, root, { now: at(2) })).toMatchObject({ state: 'skipped' });
    const future = join(dir, 'future');
    await backupWorkspace(wsDir, future, { now: at(100) });
    expect(await runAutoBackup(wsDir, future, { now: at(50) })).toMatchObject({ state: 'created' });
  });

  it('keeps the newest automatic backups and never prunes a manual one', async () => {
    const manual = await backupWorkspace(wsDir, root, { now: at(-48) });
    const outcomes = [];
    for (let day = 0; day < 5; day++) outcomes.push(await runAutoBackup(wsDir, root, { now: at(day * 24), keep: 3 }));
    const backups = await listBackups(root);
    expect(backups.filter((b) => b.auto).map((b) => b.createdAt)).toEqual([at(96), at(72), at(48)].map((d) => d.toISOString()));
    expect(backups.map((b) => b.dir)).toContain(manual);
    expect(outcomes.map((o) => (o.state === 'created' ? o.pruned.length : -1))).toEqual([0, 0, 0, 1, 1]);
    expect((await readdir(root)).length).toBe(4);
  });

  it('reports a failure instead of throwing', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const failing = await runAutoBackup(wsDir, root, { now: at(0), backup: () => Promise.reject(full) });
    expect(failing).toEqual({ state: 'failed', at: at(0).toISOString(), error: { code: 'E_IO', message: full.message } });
    expect(await runAutoBackup(join(dir, 'nowhere'), root, { now: at(0) })).toMatchObject({ state: 'failed', error: { code: 'E_NOT_FOUND' } });
    expect(await listBackups(root)).toEqual([]);
  });
});
