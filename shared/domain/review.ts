import { z } from 'zod';
import { articleSchema, articleSummarySchema, lexicalStateSchema } from './article';
import { topicImpactSchema } from './friction';
import { lifecycleStateSchema } from './lifecycle';

export const KCS_CHECKLIST = ['title_customer_words', 'actionable_steps', 'environment_stated', 'no_personal_data', 'links_work'] as const;
export const checklistItemSchema = z.enum(KCS_CHECKLIST);
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export const checklistSchema = z.record(checklistItemSchema, z.boolean());

export const commentSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  threadId: z.string(),
  /** The text range the thread is anchored to (a Lexical mark id in the editor) and the quoted text. */
  anchorId: z.string().nullable(),
  quote: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  body: z.string().min(1).max(10_000),
  createdAt: z.string(),
  resolved: z.boolean(),
});
export type Comment = z.infer<typeof commentSchema>;

export const decisionSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  articleVersion: z.number().int(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  decision: z.enum(['approve', 'request_changes']),
  reason: z.string(),
  checklist: checklistSchema,
  at: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** A complete checklist: every item answered. */
export const fullChecklistSchema = z.object(Object.fromEntries(KCS_CHECKLIST.map((item) => [item, z.boolean()])) as Record<ChecklistItem, z.ZodBoolean>);

/** Who reviews an article, chosen when it is submitted, and by when. */
export const assignmentSchema = z.object({
  articleId: z.string(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  assignedById: z.string(),
  assignedByName: z.string(),
  assignedAt: z.string(),
  /** ISO date (yyyy-mm-dd) the decision is due. */
  due: z.iso.date(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const QUEUE_VIEWS = ['assigned', 'in_review', 'due', 'decided'] as const;
export const queueViewSchema = z.enum(QUEUE_VIEWS);
export type QueueView = z.infer<typeof queueViewSchema>;

export const queueFilterSchema = z.object({
  view: queueViewSchema.default('assigned'),
  states: z.array(lifecycleStateSchema).optional(),
  assigneeId: z.string().optional(),
  /** Only items whose decision is due on or before this date. */
  dueBy: z.iso.date().optional(),
});
export type QueueFilter = z.input<typeof queueFilterSchema>;

export const queueItemSchema = z.object({
  article: articleSummarySchema,
  assignment: assignmentSchema.nullable(),
  lastDecision: decisionSchema.nullable(),
  /** The assignment's due date has passed. */
  overdue: z.boolean(),
  /** The article's review-by date has passed. */
  reviewDue: z.boolean(),
  /** Whether the article started as an AI draft. */
  aiDraft: z.boolean(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queueSchema = z.object({
  items: z.array(queueItemSchema),
  counts: z.record(queueViewSchema, z.number().int()),
  /** Articles moved to needs_review on this load because their review date passed. */
  flagged: z.number().int(),
});
export type Queue = z.infer<typeof queueSchema>;

/** One text the reviewer can compare. */
export const reviewTextSchema = z.object({
  versionId: z.string().nullable(),
  version: z.number().int(),
  title: z.string(),
  text: z.string(),
  content: lexicalStateSchema,
  savedAt: z.string(),
});
export type ReviewText = z.infer<typeof reviewTextSchema>;

export const reviewSourcesSchema = z.object({
  article: articleSchema,
  aiOriginal: reviewTextSchema.nullable(),
  lastApproved: reviewTextSchema.nullable(),
  current: reviewTextSchema,
  assignment: assignmentSchema.nullable(),
});
export type ReviewSources = z.infer<typeof reviewSourcesSchema>;

export const NOTIFICATION_KINDS = ['assigned', 'changes_requested', 'approved', 'comment'] as const;
export const notificationSchema = z.object({
  seq: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  articleId: z.string(),
  articleTitle: z.string(),
  actorName: z.string(),
  at: z.string(),
  unread: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationsSchema = z.object({ items: z.array(notificationSchema), unread: z.number().int() });
export type Notifications = z.infer<typeof notificationsSchema>;

export const dashboardSchema = z.object({
  aiDrafts: z.object({ total: z.number().int(), approved: z.number().int(), rejected: z.number().int(), pending: z.number().int() }),
  /** approved / (approved + rejected); null before any decision. */
  acceptanceRate: z.number().nullable(),
  /** Mean word-level edit distance between the AI original and the approved text, 0 (untouched) to 1 (rewritten). */
  editDistance: z.object({ mean: z.number().nullable(), articles: z.array(z.object({ articleId: z.string(), title: z.string(), distance: z.number() })) }),
  /** Median hours from first submission to first approval. */
  medianHoursToApprove: z.number().nullable(),
  dueForReview: z.array(z.object({ articleId: z.string(), title: z.string(), reviewBy: z.string(), state: lifecycleStateSchema })),
  friction: z.discriminatedUnion('status', [
    z.object({ status: z.literal('ok'), items: z.array(topicImpactSchema) }),
    z.object({ status: z.literal('no_published') }),
    z.object({ status: z.literal('unavailable'), message: z.string() }),
  ]),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
