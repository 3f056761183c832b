import { join } from 'node:path';
import { z } from 'zod';
import { readJsonIfExists, writeFileAtomic } from '../util/fs';

const buildSchema = z.object({
  model: z.string(),
  table: z.string(),
  dimension: z.number().int().positive(),
  documents: z.number().int().nonnegative(),
  annIndex: z.boolean(),
  builtAt: z.string(),
});
export type SearchBuild = z.infer<typeof buildSchema>;

const stateSchema = z.object({
  version: z.literal(1),
  active: buildSchema.nullable(),
  building: z.object({ model: z.string(), table: z.string(), startedAt: z.string() }).nullable(),
});
export type SearchState = z.infer<typeof stateSchema>;

const STATE_FILE = 'embeddings.json';
const EMPTY: SearchState = { version: 1, active: null, building: null };

/**
 * Which table answers searches. A small JSON file rather than a LanceDB row: the worker writes it
 * once when a build completes and the main process reads it fresh on every query.
 */
export async function readSearchState(workspaceDir: string): Promise<SearchState> {
  const raw = await readJsonIfExists(join(workspaceDir, STATE_FILE));
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? parsed.data : EMPTY;
}

export async function writeSearchState(workspaceDir: string, state: SearchState): Promise<void> {
  await writeFileAtomic(join(workspaceDir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
}

export const idfPath = (workspaceDir: string, table: string): string =>
  join(workspaceDir, 'embeddings', `${table}.idf.json`);
