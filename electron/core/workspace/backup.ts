import { cp, mkdir, readdir, rename, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { GleanerError } from '../../../shared/errors';
import { MANIFEST_FILE, readManifest } from './manifest';

const SKIP = new Set(['models']);

const stamp = (date = new Date()): string => date.toISOString().replace(/[:.]/g, '-');

/** Copies a workspace (without its models' cache) into `<backupsRoot>/<timestamp>`; returns that folder. */
export async function backupWorkspace(dir: string, backupsRoot: string): Promise<string> {
  const source = resolve(dir);
  if (!(await readManifest(source))) throw new GleanerError('E_NOT_FOUND', `${source} is not a Gleaner workspace.`);
  const target = join(resolve(backupsRoot), stamp());
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(source)) {
    if (SKIP.has(entry)) continue;
    await cp(join(source, entry), join(target, entry), { recursive: true, errorOnExist: true, force: false });
  }
  return target;
}

export async function listBackups(backupsRoot: string): Promise<Array<{ dir: string; createdAt: string }>> {
  const root = resolve(backupsRoot);
  const entries = await readdir(root).catch(() => [] as string[]);
  const backups = [];
  for (const name of entries) {
    const dir = join(root, name);
    const manifestOk = await stat(join(dir, MANIFEST_FILE)).then(() => true, () => false);
    if (manifestOk) backups.push({ dir, createdAt: (await stat(dir)).mtime.toISOString() });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Replaces a workspace with a backup. The current folder is kept beside it as `<name>.before-restore-<time>`,
 * so a restore never destroys anything.
 */
export async function restoreWorkspace(backupDir: string, workspaceDir: string): Promise<{ restored: string; previous: string | null }> {
  const source = resolve(backupDir);
  if (!(await readManifest(source))) throw new GleanerError('E_NOT_FOUND', `${source} is not a Gleaner backup (no manifest).`);
  const target = resolve(workspaceDir);
  let previous: string | null = null;
  if (await stat(target).then(() => true, () => false)) {
    previous = join(resolve(target, '..'), `${basename(target)}.before-restore-${stamp()}`);
    await rename(target, previous);
  }
  await cp(source, target, { recursive: true });
  if (previous) {
    const models = join(previous, 'models');
    if (await stat(models).then(() => true, () => false)) await cp(models, join(target, 'models'), { recursive: true });
  }
  return { restored: target, previous };
}

export const defaultBackupsRoot = (workspaceDir: string): string => `${resolve(workspaceDir)}.backups`;
