import { join } from 'node:path';
import { z } from 'zod';
import { GleanerError } from '../../../shared/errors';
import { readJsonIfExists, writeFileAtomic } from '../util/fs';

export const MANIFEST_FILE = 'gleaner-workspace.json';

const manifestSchema = z.object({
  formatVersion: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  isDemo: z.boolean().default(false),
  /** Schema version of each table, as last written. */
  tables: z.record(z.string(), z.number().int()),
});
export type Manifest = z.infer<typeof manifestSchema>;

export async function readManifest(dir: string): Promise<Manifest | undefined> {
  const path = join(dir, MANIFEST_FILE);
  let raw: unknown;
  try {
    raw = await readJsonIfExists(path);
  } catch (error) {
    throw new GleanerError('E_WORKSPACE_CORRUPT', `${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (raw === undefined) return undefined;
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new GleanerError('E_WORKSPACE_CORRUPT', `${path} is damaged: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export const writeManifest = (dir: string, manifest: Manifest): Promise<void> =>
  writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
