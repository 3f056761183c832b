import { z } from 'zod';

export const tableInfoSchema = z.object({
  name: z.string(),
  schemaVersion: z.number().int(),
  rows: z.number().int().nonnegative(),
});
export type TableInfo = z.infer<typeof tableInfoSchema>;

export const workspaceInfoSchema = z.object({
  dir: z.string(),
  name: z.string(),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  isDemo: z.boolean(),
  tables: z.array(tableInfoSchema),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

export const workspaceSummarySchema = z.object({
  dir: z.string(),
  name: z.string(),
  lastOpenedAt: z.string().nullable(),
  isOpen: z.boolean(),
});
export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>;
