import { z } from 'zod';
import { call } from '../define';
import { backupInfoSchema, backupListSchema, restoreResultSchema } from '../../domain/backup';

export const backupCalls = {
  'backup:list': call(z.object({}), backupListSchema),
  'backup:create': call(z.object({}), backupInfoSchema),
  /** Names a backup of the open workspace by its folder name only, never by a path. */
  'backup:restore': call(z.object({ name: z.string().min(1).max(64) }), restoreResultSchema),
};
