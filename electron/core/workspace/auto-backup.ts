import { rm } from 'node:fs/promises';
import type { AutoBackupStatus } from '../../../shared/domain/backup';
import { GleanerError, toErrorInfo } from '../../../shared/errors';
import { backupInfo, backupWorkspace, listBackups } from './backup';

export const AUTO_BACKUP_KEEP = 7;
export const AUTO_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface AutoBackupOptions {
  now?: Date;
  /** How many automatic backups to keep; older ones are deleted. */
  keep?: number;
  backup?: typeof backupWorkspace;
}

/** A file-system failure (ENOSPC, EACCES…) is an E_IO the UI can translate, not an internal error. */
const describeFailure = (error: unknown) =>
  !(error instanceof GleanerError) && typeof (error as NodeJS.ErrnoException).code === 'string'
    ? { code: 'E_IO' as const, message: (error as Error).message }
    : toErrorInfo(error);

/**
 * The daily automatic backup: skipped when any backup is younger than a day, otherwise one more
 * automatic backup and the oldest automatic ones beyond `keep` pruned. Never throws: a failure is
 * returned as the status, so opening a workspace never fails because of it.
 */
export async function runAutoBackup(workspaceDir: string, backupsRoot: string, options: AutoBackupOptions = {}): Promise<AutoBackupStatus> {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  try {
    const newest = (await listBackups(backupsRoot))[0];
    const age = newest ? now.getTime() - Date.parse(newest.createdAt) : Infinity;
    if (age >= 0 && age < AUTO_BACKUP_INTERVAL_MS) return { state: 'skipped', at, reason: 'recent' };
    const dir = await (options.backup ?? backupWorkspace)(workspaceDir, backupsRoot, { auto: true, now });
    const autos = (await listBackups(backupsRoot)).filter((b) => b.auto);
    const created = autos.find((b) => b.dir === dir);
    if (!created) throw new GleanerError('E_IO', `The backup ${dir} is not in ${backupsRoot} after writing it.`);
    const pruned = autos.filter((b) => b !== created).slice(Math.max(0, (options.keep ?? AUTO_BACKUP_KEEP) - 1));
    for (const old of pruned) await rm(old.dir, { recursive: true, force: true });
    return { state: 'created', at, backup: backupInfo(created), pruned: pruned.map((b) => b.name) };
  } catch (error) {
    return { state: 'failed', at, error: describeFailure(error) };
  }
}
