import { z } from 'zod';
import { turnSchema } from './transcript';

export const transcriptFilterSchema = z.object({
  query: z.string().max(200).optional(),
  channel: z.string().optional(),
  language: z.string().optional(),
  outcome: z.enum(['escalated', 'repeat', 'resolved', 'unresolved']).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  /** Only these conversations (e.g. a topic's). */
  keys: z.array(z.string()).optional(),
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
