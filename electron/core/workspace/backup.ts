import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { BackupInfo, RestoreResult } from '../../../shared/domain/backup';
import { GleanerError } from '../../../shared/errors';
import { directorySize } from '../util/dir-size';
import { MANIFEST_FILE, readManifest } from './manifest';

const SKIP = new Set(['models']);
const AUTO_SUFFIX = '-auto';
const PARTIAL_PREFIX = '.partial-';
/** `2026-12-06T19-30-22-123Z`, optionally `-auto`: the only names a backup folder has. */
const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(-auto)?$/;
/** LanceDB writes a version's data files before its manifest, so copying `_versions` first never captures a manifest without its data. */
const VERSIONS_DIR = '_versions';

const stamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

/** When the backup named `name` was made, or null when the name is not one a backup has. */
export function backupTime(name: string): Date | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, day, h, m, s, ms] = match;
  const date = new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

async function copyTree(source: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  const entries = await readdir(source, { withFileTypes: true });
  entries.sort((a, b) => Number(b.name === VERSIONS_DIR) - Number(a.name === VERSIONS_DIR));
  for (const entry of entries) {
    const from = join(source, entry.name);
    const to = join(target, entry.name);
    if (entry.isDirectory()) await copyTree(from, to);
    else await cp(from, to, { errorOnExist: true, force: false });
  }
}

export interface BackupOptions {
  /** An automatic backup (pruned by the daily policy); a manual one is never pruned. */
  auto?: boolean;
  now?: Date;
}

/**
 * Copies a workspace (without its models' cache) into `<backupsRoot>/<timestamp>`; returns that folder.
 * The copy is made under a hidden name and renamed when complete, so an interrupted backup is never listed.
 */
export async function backupWorkspace(dir: string, backupsRoot: string, options: BackupOptions = {}): Promise<string> {
  const source = resolve(dir);
  if (!(await readManifest(source))) throw new GleanerError('E_NOT_FOUND', `${source} is not a Gleaner workspace.`);
  const root = resolve(backupsRoot);
  const name = `${stamp(options.now ?? new Date())}${options.auto ? AUTO_SUFFIX : ''}`;
  const partial = join(root, `${PARTIAL_PREFIX}${name}`);
  const target = join(root, name);
  try {
    await mkdir(partial, { recursive: true });
    for (const entry of await readdir(source)) {
      if (SKIP.has(entry)) continue;
      const from = join(source, entry);
      if ((await stat(from)).isDirectory()) await copyTree(from, join(partial, entry));
      else await cp(from, join(partial, entry), { errorOnExist: true, force: false });
    }
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  return target;
}

export type BackupEntry = BackupInfo & { dir: string };

export const backupInfo = ({ name, createdAt, sizeBytes, auto }: BackupEntry): BackupInfo => ({ name, createdAt, sizeBytes, auto });

/** The complete backup called `name` in a folder, or null when there is none (or it is not a backup's name). */
export async function readBackup(backupsRoot: string, name: string): Promise<BackupEntry | null> {
  const time = backupTime(name);
  const dir = join(resolve(backupsRoot), name);
  if (!time || !(await stat(join(dir, MANIFEST_FILE)).then(() => true, () => false))) return null;
  return { name, dir, createdAt: time.toISOString(), sizeBytes: await directorySize(dir), auto: name.endsWith(AUTO_SUFFIX) };
}

/** The complete backups in a folder, newest first. */
export async function listBackups(backupsRoot: string): Promise<BackupEntry[]> {
  const entries = await readdir(resolve(backupsRoot)).catch(() => [] as string[]);
  const backups: BackupEntry[] = [];
  for (const name of entries) {
    const backup = await readBackup(backupsRoot, name);
    if (backup) backups.push(backup);
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The backup called `name` in the backups folder; refuses anything that is not a backup's name (a path, `..`). */
export async function findBackup(backupsRoot: string, name: string): Promise<BackupEntry> {
  if (!backupTime(name)) throw new GleanerError('E_VALIDATION', `“${name}” is not the name of a backup.`);
  const found = await readBackup(backupsRoot, name);
  if (!found) throw new GleanerError('E_NOT_FOUND', `No backup “${name}” in ${resolve(backupsRoot)}.`);
  return found;
}

/**
 * Replaces a workspace with a backup. The current folder is kept beside it as `<name>.before-restore-<time>`,
 * so a restore never destroys anything; when the copy fails, the current folder is put back.
 */
export async function restoreWorkspace(backupDir: string, workspaceDir: string): Promise<RestoreResult> {
  const source = resolve(backupDir);
  if (!(await readManifest(source))) throw new GleanerError('E_NOT_FOUND', `${source} is not a Gleaner backup (no manifest).`);
  const target = resolve(workspaceDir);
  let previous: string | null = null;
  if (await stat(target).then(() => true, () => false)) {
    previous = join(resolve(target, '..'), `${basename(target)}.before-restore-${stamp(new Date())}`);
    await rename(target, previous);
  }
  try {
    await cp(source, target, { recursive: true });
    if (previous) {
      const models = join(previous, 'models');
      if (await stat(models).then(() => true, () => false)) await cp(models, join(target, 'models'), { recursive: true });
    }
  } catch (error) {
    await rm(target, { recursive: true, force: true });
    if (previous) await rename(previous, target);
    throw new GleanerError('E_IO', `The backup could not be copied into ${target}: ${(error as Error).message}`);
  }
  return { restored: target, previous };
}

export const defaultBackupsRoot = (workspaceDir: string): string => `${resolve(workspaceDir)}.backups`;
