import { z } from 'zod';
import { lifecycleStateSchema } from './lifecycle';

export const EXPORT_TARGETS = ['markdown', 'html', 'zendesk', 'intercom', 'freshdesk', 'salesforce'] as const;
export const exportTargetSchema = z.enum(EXPORT_TARGETS);
export type ExportTarget = z.infer<typeof exportTargetSchema>;

/** How a Markdown export lays out its folder: Docusaurus' docs and i18n trees, or MkDocs' docs with mkdocs-static-i18n suffixes. */
export const MARKDOWN_LAYOUTS = ['docusaurus', 'mkdocs'] as const;
export const markdownLayoutSchema = z.enum(MARKDOWN_LAYOUTS);
export type MarkdownLayout = z.infer<typeof markdownLayoutSchema>;
/** Settings and reports from before layouts existed wrote Docusaurus' layout. */
export const DEFAULT_MARKDOWN_LAYOUT: MarkdownLayout = 'docusaurus';

export const REMOTE_TARGETS: readonly ExportTarget[] = ['zendesk', 'intercom', 'freshdesk'];
export const isRemoteTarget = (target: ExportTarget): boolean => REMOTE_TARGETS.includes(target);

export const exportActionSchema = z.enum(['create', 'update', 'unchanged']);
export type ExportAction = z.infer<typeof exportActionSchema>;

/** Why an article is created, updated or left alone: never sent here, edited since, missing at the destination, or the same. */
export const exportReasonSchema = z.enum(['new', 'changed', 'missing', 'same']);
export type ExportReason = z.infer<typeof exportReasonSchema>;

export const exportItemSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  language: z.string(),
  action: exportActionSchema,
  status: z.enum(['planned', 'ok', 'failed', 'skipped']),
  externalId: z.string().nullable(),
  error: z.string().nullable(),
  /** Absent in reports written before reasons were recorded. */
  reason: exportReasonSchema.optional(),
  /** When this article was last sent to this destination, before this run. */
  lastExportedAt: z.string().nullable().optional(),
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
  /** What to open afterwards: the help center's index.html, the docs folder, the import package. */
  entry: z.string().nullable().optional(),
  /** The folder layout of a Markdown export; absent for other targets and in reports from before layouts. */
  layout: markdownLayoutSchema.optional(),
  items: z.array(exportItemSchema),
  counts: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    failed: z.number().int(),
  }),
});
export type ExportReport = z.infer<typeof exportReportSchema>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** What is wrong with a help-center URL: not a URL, or not HTTPS (plain HTTP is allowed on loopback only, for tests). */
export function baseUrlProblem(raw: string): 'invalid' | 'https' | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'invalid';
  }
  if (url.protocol === 'https:') return null;
  const loopback = LOOPBACK.has(url.hostname) || url.hostname.startsWith('127.');
  return url.protocol === 'http:' && loopback ? null : 'https';
}

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

/** An article as the export screen lists it: what it is, whether it goes by default, when it last went to this target. */
export const exportCandidateSchema = z.object({
  id: z.string(),
  title: z.string(),
  language: z.string(),
  state: lifecycleStateSchema,
  category: z.string(),
  updatedAt: z.string(),
  /** Approved or published: part of an export unless the person unticks it. */
  byDefault: z.boolean(),
  lastExportedAt: z.string().nullable(),
});
export type ExportCandidate = z.infer<typeof exportCandidateSchema>;
