import { z } from 'zod';

export const IMPORT_FORMATS = [
  'jsonl',
  'csv',
  'twcs',
  'abcd',
  'zendesk',
  'intercom',
  'connect',
] as const;
export const importFormatSchema = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof importFormatSchema>;

export const ENCODINGS = ['auto', 'utf8', 'utf16le', 'utf16be', 'gb18030'] as const;
export const encodingSchema = z.enum(ENCODINGS);
export type Encoding = z.infer<typeof encodingSchema>;

/** A canonical field name → the CSV column that holds it. */
export const columnMappingSchema = z.record(z.string(), z.string());
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/**
 * Canonical fields a CSV column can be mapped to, in the order the mapping step shows them. `id` and
 * `text` are required; with a `role` column each row is one turn, grouped by `id`.
 */
export const CSV_FIELDS = [
  'id',
  'text',
  'role',
  'at',
  'customer_id',
  'channel',
  'language',
  'started_at',
  'ended_at',
  'resolved',
  'escalated',
  'csat',
  'handle_seconds',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
export const REQUIRED_CSV_FIELDS: readonly CsvField[] = ['id', 'text'];

export const importOptionsSchema = z.object({
  files: z.array(z.string().min(1)).min(1),
  format: z.union([importFormatSchema, z.literal('auto')]).default('auto'),
  encoding: encodingSchema.default('auto'),
  mapping: columnMappingSchema.default({}),
  redact: z.boolean().optional(),
  /** Distinguishes conversations with the same id from different systems; defaults to the format. */
  source: z.string().min(1).max(60).optional(),
});
export type ImportOptions = z.infer<typeof importOptionsSchema>;

export const rowErrorSchema = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});
export type RowError = z.infer<typeof rowErrorSchema>;

export const importReportSchema = z.object({
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  files: z.array(z.object({ file: z.string(), format: z.string(), encoding: z.string() })),
  read: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  cancelled: z.boolean(),
  errors: z.array(rowErrorSchema),
  /** True when more errors happened than are listed. */
  errorsTruncated: z.boolean(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const formatGuessSchema = z.object({
  format: importFormatSchema,
  confidence: z.number().min(0).max(1),
});
export type FormatGuess = z.infer<typeof formatGuessSchema>;

/** What the import screen shows before running: the detected format and encoding, and the first rows. */
export const importPreviewSchema = z.object({
  file: z.string(),
  format: importFormatSchema,
  confidence: z.number().min(0).max(1),
  candidates: z.array(formatGuessSchema),
  encoding: z.enum(['utf8', 'utf16le', 'utf16be', 'gb18030']),
  /** CSV header (empty for the other formats). */
  columns: z.array(z.string()),
  /** The mapping guessed from the header, merged with the one given. */
  mapping: columnMappingSchema,
  /** First rows as read (CSV cells), or first conversations summarised (other formats). */
  rows: z.array(z.record(z.string(), z.string())),
  errors: z.array(rowErrorSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const mappingPresetSchema = z.object({
  name: z.string().trim().min(1).max(80),
  mapping: columnMappingSchema,
  format: importFormatSchema.optional(),
  updatedAt: z.string().optional(),
});
export type MappingPreset = z.infer<typeof mappingPresetSchema>;
