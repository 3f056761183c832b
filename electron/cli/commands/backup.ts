import { backupTime, backupWorkspace, defaultBackupsRoot, findBackup, listBackups, restoreWorkspace } from '../../core/workspace/backup';
import type { Command } from '../command';

export const backupCommand: Command = {
  path: ['backup'],
  summary: 'Back up the workspace (without the models cache), or list backups.',
  usage: '[--out DIR] [--list]',
  options: { out: { type: 'string' }, list: { type: 'boolean', default: false } },
  help: ['--out DIR  where backups go (default: <workspace>.backups)', '--list  list the existing backups instead'],
  async run(ctx, args) {
    const root = typeof args.values.out === 'string' ? args.values.out : defaultBackupsRoot(ctx.workspaceDir);
    if (args.values.list === true) {
      const backups = await listBackups(root);
      for (const b of backups) ctx.io.out(`${b.name}  ${b.sizeBytes} bytes${b.auto ? '  automatic' : ''}  ${b.dir}`);
      if (backups.length === 0) ctx.io.out(`No backups in ${root}.`);
      return { backups };
    }
    const ws = await ctx.workspace();
    ws.close();
    const dir = await backupWorkspace(ctx.workspaceDir, root);
    ctx.io.out(`Backed up ${ctx.workspaceDir} to ${dir}`);
    return { backup: dir };
  },
};

export const restoreCommand: Command = {
  path: ['restore'],
  summary: 'Replace the workspace with a backup (the current one is kept beside it).',
  usage: 'BACKUP',
  options: {},
  help: ['BACKUP  a folder written by "gleaner backup", or a backup\'s name from "gleaner backup --list"'],
  positionals: true,
  async run(ctx, args) {
    const [backup] = args.positionals;
    if (!backup || args.positionals.length > 1) throw new Error('Name exactly one backup folder.');
    const source = backupTime(backup) ? (await findBackup(defaultBackupsRoot(ctx.workspaceDir), backup)).dir : backup;
    const result = await restoreWorkspace(source, ctx.workspaceDir);
    ctx.io.out(`Restored ${result.restored} from ${backup}${result.previous ? `; the previous workspace is kept at ${result.previous}` : ''}`);
    return result;
  },
};
