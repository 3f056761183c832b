import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { GleanerError } from '../../../../shared/errors';
import { validateModelFolder } from './validate';
import type { LocatedModel } from './locate';

/** The id an imported folder gets: local/<folder name>, made safe for a path. */
export const importedModelId = (src: string): string =>
  `local/${
    basename(resolve(src))
      .replace(/[^\w.-]+/g, '-')
      .replace(/^[.-]+/, '') || 'model'
  }`;

/**
 * Copies a model folder (air-gapped sites) into the workspace's models folder after validating
 * it. The copy lands under a temporary name and is renamed at the end, so a failed copy never
 * leaves a half model that looks installed. Importing the same folder again replaces it.
 */
export async function importModelFolder(
  modelsDir: string,
  src: string,
  id = importedModelId(src),
): Promise<LocatedModel> {
  const source = resolve(src);
  await validateModelFolder(source);
  const target = join(modelsDir, id);
  if (resolve(target) === source) return { id, dir: target, source: 'installed' };
  const staging = join(modelsDir, `.import-${randomUUID()}`);
  await mkdir(modelsDir, { recursive: true });
  try {
    await cp(source, staging, { recursive: true, dereference: true, errorOnExist: false });
    await validateModelFolder(staging);
    await mkdir(dirname(target), { recursive: true });
    if (await stat(target).catch(() => null)) await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (error instanceof GleanerError) throw error;
    throw new GleanerError(
      'E_IO',
      `Copying the model from ${source} failed: ${(error as Error).message}`,
    );
  }
  return { id, dir: target, source: 'installed' };
}
