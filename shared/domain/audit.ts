import { z } from 'zod';

export const auditEntrySchema = z.object({
  seq: z.number().int().nonnegative(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  action: z.string(),
  subjectKind: z.string(),
  subjectId: z.string(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  /** altered: an entry's content or link does not match; truncated: entries after the last one found were removed. */
  reason: z.enum(['altered', 'truncated']).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

export const auditHeadSchema = z.object({ seq: z.number().int().nonnegative(), hash: z.string() });
export type AuditHead = z.infer<typeof auditHeadSchema>;
