import { z } from 'zod';

export const documentKindSchema = z.enum(['transcript', 'article']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** Metadata a search can filter on; every field is optional and matched exactly. */
export const searchFiltersSchema = z.object({
  language: z.string().max(20).optional(),
  channel: z.string().max(100).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export const searchQuerySchema = z.object({
  query: z.string().trim().min(1).max(500),
  kinds: z.array(documentKindSchema).min(1).optional(),
  limit: z.number().int().min(1).max(100).default(20),
  filters: searchFiltersSchema.optional(),
  /** 'hybrid' fuses vector and full-text ranks; the others use one side only. */
  mode: z.enum(['hybrid', 'vector', 'text']).default('hybrid'),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

export const searchHitSchema = z.object({
  kind: documentKindSchema,
  id: z.string(),
  title: z.string(),
  /** A window of the text around the best match; highlights are [start, end) offsets into it. */
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
  score: z.number(),
  language: z.string().nullable(),
  channel: z.string().nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const similarQuerySchema = z.object({
  kind: documentKindSchema,
  id: z.string().min(1),
  limit: z.number().int().min(1).max(100).default(10),
  /** Which kinds to return; the same kind as the source when absent. */
  kinds: z.array(documentKindSchema).min(1).optional(),
});
export type SimilarQuery = z.input<typeof similarQuerySchema>;
