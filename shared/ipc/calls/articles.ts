import { z } from 'zod';
import { call } from '../define';
import {
  articleDiffSchema,
  articleFilterSchema,
  articleSchema,
  articleSummarySchema,
  articleVersionSchema,
  articleVersionSummarySchema,
  createArticleInputSchema,
  saveArticleInputSchema,
  tagSchema,
} from '../../domain/article';
import { jobSchema } from '../../domain/jobs';

/** Images travel as base64 (structured clone of bytes is not portable across the bridge); ~6.7 MB of text for 5 MB. */
const MAX_IMAGE_BASE64 = Math.ceil((5 * 1024 * 1024 * 4) / 3) + 4;

export const articleCalls = {
  'articles:list': call(articleFilterSchema, z.array(articleSummarySchema)),
  'articles:get': call(z.object({ id: z.string() }), articleSchema),
  'articles:create': call(createArticleInputSchema, articleSchema),
  /** E_CONFLICT (details: ArticleConflict) when `baseVersion` is not the stored version. */
  'articles:save': call(saveArticleInputSchema, articleSchema),
  'articles:delete': call(z.object({ ids: z.array(z.string()).min(1).max(1000) }), z.object({ deleted: z.number().int() })),
  'articles:bulk': call(
    z.object({
      ids: z.array(z.string()).min(1).max(1000),
      change: z.object({
        addTags: z.array(tagSchema).optional(),
        removeTags: z.array(z.string()).optional(),
        owner: z.string().optional(),
        reviewBy: z.iso.date().optional(),
      }),
    }),
    z.object({ updated: z.number().int() }),
  ),
  'articles:versions': call(z.object({ id: z.string() }), z.array(articleVersionSummarySchema)),
  'articles:version': call(z.object({ versionId: z.string() }), articleVersionSchema),
  'articles:restore': call(z.object({ id: z.string(), versionId: z.string(), baseVersion: z.number().int().min(1) }), articleSchema),
  'articles:diff': call(z.object({ fromId: z.string(), toId: z.string() }), articleDiffSchema),
  'articles:export': call(z.object({ id: z.string(), format: z.enum(['markdown', 'html']) }), z.string()),
  /** Starts job `articles.import` over a folder of Markdown and HTML files; the result is an ImportReport. */
  'articles:import': call(z.object({ dir: z.string().min(1) }), jobSchema),
  'articles:putImage': call(z.object({ base64: z.string().max(MAX_IMAGE_BASE64) }), z.object({ src: z.string(), bytes: z.number().int() })),
  'articles:image': call(z.object({ src: z.string() }), z.object({ dataUrl: z.string() })),
};
