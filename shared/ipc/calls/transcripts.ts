import { z } from 'zod';
import { call } from '../define';
import { jobSchema } from '../../domain/jobs';
import {
  columnMappingSchema,
  encodingSchema,
  importFormatSchema,
  importOptionsSchema,
  importPreviewSchema,
  importReportSchema,
  mappingPresetSchema,
} from '../../domain/ingest';
import {
  transcriptDetailSchema,
  transcriptFacetsSchema,
  transcriptFilterSchema,
  transcriptSummarySchema,
} from '../../domain/transcript';

export const transcriptCalls = {
  /** Format, encoding, the first rows and a guessed column mapping of a file, before importing it. */
  'ingest:detect': call(
    z.object({
      path: z.string().min(1),
      format: z.union([importFormatSchema, z.literal('auto')]).optional(),
      encoding: encodingSchema.optional(),
      mapping: columnMappingSchema.optional(),
    }),
    importPreviewSchema,
  ),
  /** Files to import, chosen in the host's file dialog; empty when the user cancels (or there is no dialog). */
  'ingest:pickFiles': call(z.object({}), z.array(z.string())),
  /** Starts the `ingest.files` job; its result is the import report. */
  'ingest:start': call(importOptionsSchema, jobSchema),
  'ingest:reports': call(
    z.object({ limit: z.number().int().min(1).max(100).default(20) }),
    z.array(importReportSchema),
  ),
  'ingest:reportCsv': call(z.object({ id: z.string() }), z.string()),
  'ingest:presets': call(z.object({}), z.array(mappingPresetSchema)),
  'ingest:savePreset': call(mappingPresetSchema, mappingPresetSchema),
  'transcripts:list': call(
    z.object({
      filter: transcriptFilterSchema.default({}),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      /** A conversation whose place in the result is wanted (to scroll the list to a linked one). */
      locate: z.string().optional(),
    }),
    z.object({
      total: z.number().int(),
      items: z.array(transcriptSummarySchema),
      /** Where `locate` is in the result (0-based), null when the filter leaves it out. */
      position: z.number().int().nullable().optional(),
    }),
  ),
  'transcripts:get': call(z.object({ key: z.string().min(1) }), transcriptDetailSchema),
  'transcripts:facets': call(z.object({}), transcriptFacetsSchema),
};
