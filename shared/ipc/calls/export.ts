import { z } from 'zod';
import { call } from '../define';
import { exportReportSchema, exportTargetSchema, exportTargetStatusSchema, remoteCredentialsSchema } from '../../domain/export';
import { jobSchema } from '../../domain/jobs';

const runInput = z.object({
  target: exportTargetSchema,
  outDir: z.string().min(1).optional(),
  articleIds: z.array(z.string()).optional(),
  includeUnapproved: z.boolean().default(false),
});

export const exportCalls = {
  'export:targets': call(z.object({}), z.array(exportTargetStatusSchema)),
  'export:setCredentials': call(remoteCredentialsSchema, exportTargetStatusSchema),
  'export:plan': call(runInput, exportReportSchema),
  'export:start': call(runInput, jobSchema),
  'export:history': call(z.object({}), z.array(exportReportSchema)),
  'export:pickFolder': call(z.object({}), z.string().nullable()),
};
export type ExportRunInput = z.infer<typeof runInput>;
