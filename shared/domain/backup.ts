import { z } from 'zod';
import { errorCodeSchema } from '../errors';

export const backupInfoSchema = z.object({
  /** The backup's folder name inside the backups folder; the only way a restore names it. */
  name: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  /** Written by the automatic daily backup (only those are pruned). */
  auto: z.boolean(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** What the last automatic backup did; a failure is kept here for the UI instead of being thrown. */
export const autoBackupStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('created'), at: z.string(), backup: backupInfoSchema, pruned: z.array(z.string()) }),
  z.object({ state: z.literal('skipped'), at: z.string(), reason: z.literal('recent') }),
  z.object({ state: z.literal('failed'), at: z.string(), error: z.object({ code: errorCodeSchema, message: z.string() }) }),
]);
export type AutoBackupStatus = z.infer<typeof autoBackupStatusSchema>;

export const backupListSchema = z.object({
  folder: z.string(),
  backups: z.array(backupInfoSchema),
  lastAuto: autoBackupStatusSchema.nullable(),
});
export type BackupList = z.infer<typeof backupListSchema>;

export const restoreResultSchema = z.object({ restored: z.string(), previous: z.string().nullable() });
export type RestoreResult = z.infer<typeof restoreResultSchema>;
