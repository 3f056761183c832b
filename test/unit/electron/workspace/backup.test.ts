import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, readAudit } from '../../../../electron/core/audit/log';
import { backupWorkspace, listBackups, restoreWorkspace } from '../../../../electron/core/workspace/backup';
import { Workspace } from '../../../../electron/core/workspace/workspace';

describe('backup, restore and damaged tables', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-backup-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports a damaged table at open with its name and a restore hint, and restores from a backup', async () => {
    const wsDir = join(dir, 'ws');
    const ws = await Workspace.create(wsDir);
    await appendAudit(ws, { actorId: 'u', actorName: 'U', action: 'export', subjectKind: 'export', subjectId: 'x' });
    ws.close();
    const backup = await backupWorkspace(wsDir, join(dir, 'backups'));
    expect((await listBackups(join(dir, 'backups'))).map((b) => b.dir)).toEqual([backup]);

    const tableDir = join(wsDir, 'db', 'audit_log.lance');
    for (const entry of await readdir(tableDir)) if (entry !== '_versions') await rm(join(tableDir, entry), { recursive: true });
    await rm(join(tableDir, '_versions'), { recursive: true });
    await expect(Workspace.open(wsDir)).rejects.toMatchObject({ code: 'E_WORKSPACE_CORRUPT', message: expect.stringMatching(/audit_log.*backup/) });

    const { previous } = await restoreWorkspace(backup, wsDir);
    expect(previous).toMatch(/ws\.before-restore-/);
    const restored = await Workspace.open(wsDir);
    expect((await readAudit(restored)).map((e) => e.action)).toEqual(['export']);
    restored.close();
  });
});
