import { stat } from 'node:fs/promises';
import { hostname } from 'node:os';
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
  building: z
    .object({
      model: z.string(),
      table: z.string(),
      startedAt: z.string(),
      /** The process writing it, to tell a running build from one whose process was killed. */
      pid: z.number().int().optional(),
      host: z.string().optional(),
    })
    .nullable(),
});
export type SearchState = z.infer<typeof stateSchema>;

const STATE_FILE = 'embeddings.json';
const EMPTY: SearchState = { version: 1, active: null, building: null };

/** The last state read per file, by its modification time and size: a stat instead of a read and a parse on every query. */
const stateCache = new Map<string, { stamp: string; state: SearchState }>();

const stampOf = async (path: string): Promise<string | null> => {
  try {
    const info = await stat(path);
    return `${info.mtimeMs}:${info.size}:${info.ino}`;
  } catch {
    return null;
  }
};

/**
 * Which table answers searches. A small JSON file rather than a LanceDB row: the worker writes it
 * once when a build completes (atomically, so a new file) and the main process checks it on every query.
 */
export async function readSearchState(workspaceDir: string): Promise<SearchState> {
  const path = join(workspaceDir, STATE_FILE);
  const stamp = await stampOf(path);
  const cached = stateCache.get(path);
  if (stamp !== null && cached?.stamp === stamp) return cached.state;
  const raw = await readJsonIfExists(path);
  const parsed = stateSchema.safeParse(raw);
  const state = parsed.success ? parsed.data : EMPTY;
  if (stamp !== null) stateCache.set(path, { stamp, state });
  else stateCache.delete(path);
  return state;
}

export async function writeSearchState(workspaceDir: string, state: SearchState): Promise<void> {
  await writeFileAtomic(join(workspaceDir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
}

export const idfPath = (workspaceDir: string, table: string): string =>
  join(workspaceDir, 'embeddings', `${table}.idf.json`);

export type BuildInProgress = NonNullable<SearchState['building']>;

/** Marks a build as this process's. */
export const thisProcess = (): Pick<BuildInProgress, 'pid' | 'host'> => ({ pid: process.pid, host: hostname() });

/**
 * Whether the process that started a build still runs. A build from another machine (a shared drive)
 * or from before builds were marked counts as running: only a dead local process is known to be over.
 */
export function isBuildAlive(building: BuildInProgress): boolean {
  if (building.pid === undefined || building.host !== hostname()) return true;
  try {
    process.kill(building.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
