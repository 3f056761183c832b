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

// What the transcript browser reads: filters, list rows, one conversation, facets.

export const transcriptFilterSchema = z.object({
  query: z.string().max(200).optional(),
  channel: z.string().optional(),
  language: z.string().optional(),
  outcome: z.enum(['escalated', 'repeat', 'resolved', 'unresolved']).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  /** Only these conversations (e.g. a topic's). */
  keys: z.array(z.string()).optional(),
  /** Only the conversations assigned to this topic by the last discovery. */
  topicId: z.string().min(1).max(100).optional(),
});
export type TranscriptFilter = z.infer<typeof transcriptFilterSchema>;

export const transcriptSummarySchema = z.object({
  key: z.string(),
  source: z.string(),
  externalId: z.string(),
  customerId: z.string().nullable(),
  channel: z.string().nullable(),
  language: z.string(),
  startedAt: z.string().nullable(),
  turnCount: z.number().int(),
  resolved: z.boolean().nullable(),
  escalated: z.boolean(),
  repeatContact: z.boolean(),
  csat: z.number().nullable(),
  preview: z.string(),
});
export type TranscriptSummary = z.infer<typeof transcriptSummarySchema>;

export const transcriptDetailSchema = transcriptSummarySchema.extend({
  endedAt: z.string().nullable(),
  turns: z.array(turnSchema),
  escalationRule: z.string().nullable(),
  escalationTurn: z.number().int().nullable(),
  handleSeconds: z.number().nullable(),
  previousContactKey: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
});
export type TranscriptDetail = z.infer<typeof transcriptDetailSchema>;

export const transcriptFacetsSchema = z.object({
  total: z.number().int(),
  channels: z.array(z.object({ value: z.string(), count: z.number().int() })),
  languages: z.array(z.object({ value: z.string(), count: z.number().int() })),
});
export type TranscriptFacets = z.infer<typeof transcriptFacetsSchema>;
