import { z } from 'zod';

export const EXPORT_TARGETS = ['markdown', 'html', 'zendesk', 'intercom', 'freshdesk', 'salesforce'] as const;
export const exportTargetSchema = z.enum(EXPORT_TARGETS);
export type ExportTarget = z.infer<typeof exportTargetSchema>;

export const REMOTE_TARGETS: readonly ExportTarget[] = ['zendesk', 'intercom', 'freshdesk'];
export const isRemoteTarget = (target: ExportTarget): boolean => REMOTE_TARGETS.includes(target);

export const exportActionSchema = z.enum(['create', 'update', 'unchanged']);
export type ExportAction = z.infer<typeof exportActionSchema>;

export const exportItemSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  language: z.string(),
  action: exportActionSchema,
  status: z.enum(['planned', 'ok', 'failed', 'skipped']),
  externalId: z.string().nullable(),
  error: z.string().nullable(),
});
export type ExportItem = z.infer<typeof exportItemSchema>;

export const exportReportSchema = z.object({
  id: z.string(),
  target: exportTargetSchema,
  destination: z.string(),
  dryRun: z.boolean(),
  startedAt: z.string(),
  finishedAt: z.string(),
  cancelled: z.boolean(),
  items: z.array(exportItemSchema),
  counts: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    failed: z.number().int(),
  }),
});
export type ExportReport = z.infer<typeof exportReportSchema>;

export const zendeskCredentialsSchema = z.object({
  baseUrl: z.string().url(),
  email: z.string().min(1),
  apiToken: z.string().min(1),
});
export const intercomCredentialsSchema = z.object({
  baseUrl: z.string().url().default('https://api.intercom.io'),
  accessToken: z.string().min(1),
});
export const freshdeskCredentialsSchema = z.object({
  baseUrl: z.string().url(),
  apiKey: z.string().min(1),
});
export const remoteCredentialsSchema = z.discriminatedUnion('target', [
  z.object({ target: z.literal('zendesk'), credentials: zendeskCredentialsSchema }),
  z.object({ target: z.literal('intercom'), credentials: intercomCredentialsSchema }),
  z.object({ target: z.literal('freshdesk'), credentials: freshdeskCredentialsSchema }),
]);
export type RemoteCredentials = z.infer<typeof remoteCredentialsSchema>;

/** What the UI may know of a target: whether it is configured and where it points, never a secret. */
export const exportTargetStatusSchema = z.object({
  target: exportTargetSchema,
  remote: z.boolean(),
  configured: z.boolean(),
  destination: z.string().nullable(),
});
export type ExportTargetStatus = z.infer<typeof exportTargetStatusSchema>;
