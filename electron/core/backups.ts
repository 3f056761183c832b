import { rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BackupInfo, BackupList, RestoreResult } from '../../shared/domain/backup';
import { GleanerError, toErrorInfo } from '../../shared/errors';
import type { AppCore } from './app-core';
import { runAutoBackup } from './workspace/auto-backup';
import { backupInfo, backupWorkspace, defaultBackupsRoot, findBackup, listBackups, readBackup, restoreWorkspace } from './workspace/backup';
import type { Workspace } from './workspace/workspace';

/** The open workspace's backups, in the folder the CLI uses too (`<workspace>.backups`). */
export async function listWorkspaceBackups(core: AppCore): Promise<BackupList> {
  const folder = defaultBackupsRoot(core.requireWorkspace().dir);
  return { folder, backups: (await listBackups(folder)).map(backupInfo), lastAuto: core.lastAutoBackup };
}

export async function backUpWorkspaceNow(core: AppCore): Promise<BackupInfo> {
  const ws = core.requireWorkspace();
  const folder = defaultBackupsRoot(ws.dir);
  const dir = await backupWorkspace(ws.dir, folder);
  const created = await readBackup(folder, basename(dir));
  if (!created) throw new GleanerError('E_IO', `The backup ${dir} is not in ${folder} after writing it.`);
  return backupInfo(created);
}

/** Runs the daily backup of a workspace just opened, when its settings ask for it; the outcome is kept and pushed, never thrown. */
export async function autoBackUpOnOpen(core: AppCore, ws: Workspace): Promise<void> {
  if (!ws.settings().autoBackup) return;
  const status = await runAutoBackup(ws.dir, defaultBackupsRoot(ws.dir));
  if (core.workspace !== ws) return;
  core.lastAutoBackup = status;
  core.emit('backup:auto', status);
}

/**
 * Replaces the open workspace with one of its backups and opens it again. The current folder is kept
 * beside it; if the restored copy cannot be opened (a newer format, damage), the current one is put back.
 */
export async function restoreWorkspaceBackup(core: AppCore, name: string): Promise<RestoreResult> {
  const ws = core.requireWorkspace();
  const backup = await findBackup(defaultBackupsRoot(ws.dir), name);
  if ((await core.jobs.list(null)).length > 0) {
    throw new GleanerError('E_CONFLICT', 'A job is running in this workspace; wait for it to finish or cancel it, then restore.');
  }
  const dir = ws.dir;
  await core.pendingAutoBackup;
  core.closeWorkspace();
  let result: RestoreResult;
  try {
    result = await restoreWorkspace(backup.dir, dir);
  } catch (error) {
    await core.openWorkspace(dir);
    throw error;
  }
  try {
    await core.openWorkspace(dir);
  } catch (error) {
    if (!result.previous) throw error;
    await rm(dir, { recursive: true, force: true });
    await rename(result.previous, dir);
    await core.openWorkspace(dir);
    const info = toErrorInfo(error);
    throw new GleanerError(info.code, `The backup could not be opened, so the workspace was left as it was: ${info.message}`);
  }
  return result;
}
