import { z } from 'zod';
import { call } from '../define';
import { articleSchema } from '../../domain/article';
import { lifecycleActionSchema } from '../../domain/lifecycle';
import {
  commentSchema,
  dashboardSchema,
  decisionSchema,
  fullChecklistSchema,
  notificationsSchema,
  queueFilterSchema,
  queueSchema,
  reviewSourcesSchema,
} from '../../domain/review';

/** Review and approval: lifecycle transitions, decisions with the KCS checklist, comments, the queue, the dashboard. */
export const reviewCalls = {
  /**
   * Moves an article along its lifecycle (approve and request_changes go through review:decide).
   * E_FORBIDDEN for the wrong role or one's own article; E_CONFLICT when `baseVersion` is stale.
   */
  'review:transition': call(
    z.object({
      articleId: z.string(),
      action: lifecycleActionSchema.exclude(['approve', 'request_changes']),
      baseVersion: z.number().int().min(1),
      reason: z.string().max(2000).optional(),
      /** For submit: who reviews, and by when (default: in 3 days). */
      reviewerId: z.string().optional(),
      due: z.iso.date().optional(),
    }),
    articleSchema,
  ),
  'review:decide': call(
    z.object({
      articleId: z.string(),
      baseVersion: z.number().int().min(1),
      decision: z.enum(['approve', 'request_changes']),
      reason: z.string().max(4000),
      checklist: fullChecklistSchema,
    }),
    z.object({ article: articleSchema, decision: decisionSchema }),
  ),
  'review:decisions': call(z.object({ articleId: z.string() }), z.array(decisionSchema)),
  'review:queue': call(queueFilterSchema, queueSchema),
  'review:sources': call(z.object({ articleId: z.string() }), reviewSourcesSchema),
  'review:dashboard': call(z.object({}), dashboardSchema),
  'review:notifications': call(z.object({}), notificationsSchema),
  'review:markRead': call(z.object({ seq: z.number().int().min(0) }), z.object({})),
  'comments:list': call(z.object({ articleId: z.string() }), z.array(commentSchema)),
  'comments:add': call(
    z.object({
      articleId: z.string(),
      body: z.string().trim().min(1).max(10_000),
      threadId: z.string().optional(),
      anchorId: z.string().nullable().optional(),
      quote: z.string().max(2000).optional(),
    }),
    commentSchema,
  ),
  'comments:resolve': call(z.object({ articleId: z.string(), threadId: z.string(), resolved: z.boolean() }), z.object({})),
};
