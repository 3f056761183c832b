import { z } from 'zod';
import { call } from '../define';
import { jobSchema } from '../../domain/jobs';
import { frictionReportSchema, topicFrictionSchema, topicImpactSchema } from '../../domain/friction';
import { topicEditRequestSchema, topicIdSchema, topicsRunSchema, topicSummarySchema } from '../../domain/topics';

export const insightsFilterSchema = z.object({
  since: z.string().optional(),
  until: z.string().optional(),
  channel: z.string().optional(),
  language: z.string().optional(),
});
export type InsightsFilter = z.infer<typeof insightsFilterSchema>;

export const insightsTableSchema = z.object({
  /** null until topics have been discovered. */
  run: topicsRunSchema.nullable(),
  report: frictionReportSchema,
  /**
   * Conversations added or removed since the topics were found that could not simply join a topic
   * (too many, or some removed): a new discovery would include them. New ones are otherwise assigned
   * to their nearest topic when the table is read.
   */
  changedConversations: z.number().int().nonnegative(),
});

export const topicConversationSchema = z.object({
  key: z.string(),
  startedAt: z.string().nullable(),
  channel: z.string(),
  language: z.string(),
  escalated: z.boolean(),
  /** The customer's first words, shortened. */
  snippet: z.string(),
});
export type TopicConversation = z.infer<typeof topicConversationSchema>;

export const topicDetailSchema = z.object({
  topic: topicSummarySchema,
  friction: topicFrictionSchema.nullable(),
  /** 1-based place in the ranking under the same filter; null when the topic is hidden or has no conversations. */
  rank: z.number().int().positive().nullable(),
  /** How many topics are ranked. */
  ranked: z.number().int().nonnegative(),
  overall: frictionReportSchema.shape.overall,
  /** Conversations closest to the topic's centre, best first. */
  representativeKeys: z.array(z.string()),
  escalatedKeys: z.array(z.string()),
  /** The same conversations, with what the UI lists about them. */
  conversations: z.array(topicConversationSchema),
  /** Customer sentences from the most central conversations (text, never HTML). */
  utterances: z.array(z.string()),
  /** The topic's conversations that pass the filter. */
  total: z.number().int().nonnegative(),
});

export const insightsCalls = {
  'insights:topics': call(insightsFilterSchema, insightsTableSchema),
  'insights:topic': call(insightsFilterSchema.extend({ topicId: topicIdSchema }), topicDetailSchema),
  /** Starts topic discovery (a job); granularity > 1 gives more, finer topics. */
  'insights:discover': call(z.object({ granularity: z.number().min(0.1).max(10).optional() }), jobSchema),
  /** Rename and hide apply at once; merge and split run a discovery and return its summary. */
  /** The topics (id, label, terms, size) without computing friction: for pickers and labels. */
  'insights:topicList': call(z.object({}), z.array(topicSummarySchema)),
  'insights:editTopic': call(topicEditRequestSchema, z.object({ run: topicsRunSchema.nullable() })),
  /** "Did it help": friction before and after each published article linked to a topic (or to this one). */
  'insights:impact': call(z.object({ topicId: topicIdSchema.optional(), windowDays: z.number().int().min(7).max(180).optional() }), z.array(topicImpactSchema)),
  /** The ranked table as CSV (UTF-8 with a BOM for spreadsheets). */
  'insights:exportCsv': call(insightsFilterSchema, z.string()),
};
