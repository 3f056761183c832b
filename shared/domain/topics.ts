import { z } from 'zod';

export const topicIdSchema = z.string().regex(/^t\d+$/, 'A topic id looks like t12.');
export const OUTLIER_TOPIC_ID = 'outliers';

/** A user's change to the discovered topics; kept and re-applied after every re-run. */
export const topicEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rename'), topicId: topicIdSchema, label: z.string().trim().min(1).max(120) }),
  z.object({ kind: z.literal('hide'), topicId: topicIdSchema, hidden: z.boolean() }),
  z.object({ kind: z.literal('merge'), topicIds: z.array(topicIdSchema).min(2).max(50), intoId: topicIdSchema }),
  z.object({
    kind: z.literal('split'),
    topicId: topicIdSchema,
    /** The parts' ids and unit centroids; the parent's conversations go to the nearest part. */
    parts: z.array(z.object({ id: topicIdSchema, centroid: z.array(z.number()) })).min(2).max(10),
  }),
]);
export type TopicEdit = z.infer<typeof topicEditSchema>;

export const storedTopicEditSchema = z.object({ id: z.string(), at: z.string(), edit: topicEditSchema });
export type StoredTopicEdit = z.infer<typeof storedTopicEditSchema>;

/** What the UI sends to edit a topic; a split names how many parts, the core computes them. */
export const topicEditRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rename'), topicId: topicIdSchema, label: z.string().trim().min(1).max(120) }),
  z.object({ kind: z.literal('hide'), topicId: topicIdSchema, hidden: z.boolean() }),
  z.object({ kind: z.literal('merge'), topicIds: z.array(topicIdSchema).min(2).max(50) }),
  z.object({ kind: z.literal('split'), topicId: topicIdSchema, parts: z.number().int().min(2).max(10).default(2) }),
]);
export type TopicEditRequest = z.input<typeof topicEditRequestSchema>;

export const topicSummarySchema = z.object({
  id: z.string(),
  label: z.string(),
  /** The discovered label (top terms), whatever the user renamed it to. */
  autoLabel: z.string(),
  terms: z.array(z.string()),
  size: z.number().int().nonnegative(),
  hidden: z.boolean(),
  representativeKey: z.string().nullable(),
  representativeText: z.string(),
});
export type TopicSummary = z.infer<typeof topicSummarySchema>;

export const topicsRunSchema = z.object({
  runAt: z.string(),
  conversations: z.number().int().nonnegative(),
  topics: z.number().int().nonnegative(),
  outliers: z.number().int().nonnegative(),
  autoTopics: z.number().int().nonnegative(),
  granularity: z.number().positive(),
  embedder: z.string(),
  seconds: z.number().nonnegative(),
});
export type TopicsRun = z.infer<typeof topicsRunSchema>;
