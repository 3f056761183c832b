import { z } from 'zod';
import { call } from '../define';
import { jobSchema } from '../../domain/jobs';
import { draftSchema, draftSummarySchema } from '../../domain/draft';

export const draftsCalls = {
  /** The drafts inbox, highest friction first. */
  'drafts:list': call(z.object({}), z.array(draftSummarySchema)),
  'drafts:get': call(z.object({ id: z.string().min(1).max(100) }), draftSchema),
  /** Drafts the given topics, or the N with the most friction, as a job with progress. */
  'drafts:generate': call(
    z.union([
      z.object({ topicIds: z.array(z.string().min(1).max(40)).min(1).max(200) }),
      z.object({ top: z.number().int().min(1).max(200) }),
    ]),
    jobSchema,
  ),
  /** Rewrites a draft's wording with a local OpenAI-compatible model (loopback only); citations are kept. */
  'drafts:polish': call(
    z.object({ id: z.string().min(1).max(100), endpoint: z.string().url().max(500), model: z.string().min(1).max(200) }),
    z.object({ draft: draftSchema, rewritten: z.number().int(), kept: z.number().int() }),
  ),
  /**
   * `new`: the draft becomes an article (its first version, kind ai_draft, is the AI original); opening
   * it again returns the same article. `update`: its missing steps go into the article it proposes to update.
   */
  'drafts:open': call(
    z.object({ id: z.string().min(1).max(100), mode: z.enum(['new', 'update']) }),
    z.object({ articleId: z.string(), existing: z.boolean() }),
  ),
  'drafts:discard': call(z.object({ id: z.string().min(1).max(100) }), z.object({ discarded: z.boolean() })),
};
