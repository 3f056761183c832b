import { backUpWorkspaceNow, listWorkspaceBackups, restoreWorkspaceBackup } from '../backups';
import type { Handlers } from './types';

export const backupHandlers: Handlers<'backup:list' | 'backup:create' | 'backup:restore'> = {
  'backup:list': async (_input, core) => listWorkspaceBackups(core),
  'backup:create': async (_input, core) => backUpWorkspaceNow(core),
  'backup:restore': async (input, core) => restoreWorkspaceBackup(core, input.name),
};
