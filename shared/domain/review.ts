import { z } from 'zod';

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
