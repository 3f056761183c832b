import { z } from 'zod';
import { call } from '../define';
import {
  DEFAULT_MARKDOWN_LAYOUT,
  exportCandidateSchema,
  exportReportSchema,
  exportTargetSchema,
  exportTargetStatusSchema,
  markdownLayoutSchema,
  remoteCredentialsSchema,
} from '../../domain/export';
import { jobSchema } from '../../domain/jobs';

const runInput = z.object({
  target: exportTargetSchema,
  outDir: z.string().min(1).optional(),
  /** Markdown only; other targets ignore it. */
  layout: markdownLayoutSchema.default(DEFAULT_MARKDOWN_LAYOUT),
  articleIds: z.array(z.string()).optional(),
  includeUnapproved: z.boolean().default(false),
});

export const exportCalls = {
  'export:targets': call(z.object({}), z.array(exportTargetStatusSchema)),
  /** Stores a help center's URL and token in the keychain; E_VALIDATION when the URL is not HTTPS. The answer never holds the secret. */
  'export:setCredentials': call(remoteCredentialsSchema, exportTargetStatusSchema),
  'export:forgetCredentials': call(z.object({ target: exportTargetSchema }), exportTargetStatusSchema),
  /** Every article that may be exported (not archived), whether it goes by default, and when it last went to this target (and folder). */
  'export:candidates': call(z.object({ target: exportTargetSchema, outDir: z.string().min(1).optional() }), z.array(exportCandidateSchema)),
  'export:plan': call(runInput, exportReportSchema),
  'export:start': call(runInput, jobSchema),
  'export:history': call(z.object({}), z.array(exportReportSchema)),
  'export:pickFolder': call(z.object({}), z.string().nullable()),
  /** Opens a past export's entry (index.html, folder, package) with the system; only paths from the history. */
  'export:open': call(z.object({ path: z.string().min(1) }), z.object({ opened: z.boolean() })),
};
export type ExportRunInput = z.infer<typeof runInput>;
