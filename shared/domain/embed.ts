import { z } from 'zod';

export const LEXICAL_MODEL = 'lexical';
export const DEFAULT_NEURAL_MODEL = 'Xenova/multilingual-e5-small';

export const modelStatusSchema = z.enum([
  'built-in',
  'installed',
  'bundled',
  'not-installed',
  'invalid',
]);
export type ModelStatus = z.infer<typeof modelStatusSchema>;

/** A model the embedding layer knows: from the catalogue, imported, bundled or built in. */
export const modelInfoSchema = z.object({
  id: z.string(),
  label: z.string(),
  dimension: z.number().int().positive().nullable(),
  languages: z.array(z.string()),
  /** Bytes on disk when installed; the download size from the catalogue otherwise. */
  sizeBytes: z.number().int().nonnegative().nullable(),
  status: modelStatusSchema,
  /** Why an installed folder cannot be used (e.g. the files it misses). */
  problem: z.string().nullable(),
  /** Where a download fetches it from (shown before the user consents); null when not downloadable. */
  source: z.string().nullable(),
  active: z.boolean(),
});
export type ModelInfo = z.infer<typeof modelInfoSchema>;

/** What powers search and similarity right now, and what is being built. */
export const embedStatusSchema = z.object({
  activeModel: z.string(),
  /** True when only the built-in lexical embedder is available: the UI says so. */
  lexicalOnly: z.boolean(),
  documents: z.number().int().nonnegative(),
  dimension: z.number().int().nonnegative(),
  /** The model of a rebuild in progress whose vectors are not yet in use. */
  building: z.string().nullable(),
  annIndex: z.boolean(),
  builtAt: z.string().nullable(),
});
export type EmbedStatus = z.infer<typeof embedStatusSchema>;

export const embedWorkspaceParamsSchema = z.object({
  /** A model id, a folder path, or 'lexical'; the setting `embeddingModel` when absent. */
  model: z.string().min(1).optional(),
});
export type EmbedWorkspaceParams = z.infer<typeof embedWorkspaceParamsSchema>;

export const embedWorkspaceResultSchema = z.object({
  model: z.string(),
  documents: z.number().int().nonnegative(),
  dimension: z.number().int().positive(),
  annIndex: z.boolean(),
  seconds: z.number().nonnegative(),
});
export type EmbedWorkspaceResult = z.infer<typeof embedWorkspaceResultSchema>;
