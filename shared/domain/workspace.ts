import { errorCodeSchema } from '../errors';
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

/** Why the last workspace could not be opened at start (the app opened the default one instead). */
export const startupProblemSchema = z.object({ dir: z.string(), code: errorCodeSchema, message: z.string() });
export type StartupProblem = z.infer<typeof startupProblemSchema>;
