import { z } from 'zod';

/** The canonical conversation every importer produces; see docs/transcript-format.md. */
export const turnRoleSchema = z.enum(['customer', 'agent', 'bot', 'system']);
export type TurnRole = z.infer<typeof turnRoleSchema>;

export const channelSchema = z.string().min(1).max(40);

export const turnSchema = z.object({
  role: turnRoleSchema,
  text: z.string(),
  at: z.iso.datetime({ offset: true }).nullable().optional(),
});
export type Turn = z.infer<typeof turnSchema>;

export const outcomeSchema = z.object({
  resolved: z.boolean().nullable().optional(),
  escalated: z.boolean().nullable().optional(),
  csat: z.number().min(1).max(5).nullable().optional(),
  handle_seconds: z.number().nonnegative().nullable().optional(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const transcriptSchema = z.object({
  id: z.string().min(1).max(256),
  customer_id: z.string().max(256).nullable().optional(),
  channel: channelSchema.nullable().optional(),
  language: z.string().max(20).nullable().optional(),
  started_at: z.iso.datetime({ offset: true }).nullable().optional(),
  ended_at: z.iso.datetime({ offset: true }).nullable().optional(),
  turns: z.array(turnSchema).min(1),
  outcome: outcomeSchema.optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
/** A conversation as a user or an importer writes it (before storage). */
export type TranscriptInput = z.infer<typeof transcriptSchema>;

export const CANONICAL_FIELDS = [
  'id',
  'customer_id',
  'channel',
  'language',
  'started_at',
  'ended_at',
  'turns',
  'outcome',
  'metadata',
] as const;
