import { stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { LEXICAL_MODEL } from '../../../../shared/domain/embed';
import { GleanerError } from '../../../../shared/errors';

export type ModelSource = 'installed' | 'bundled';

export interface LocatedModel {
  readonly id: string;
  readonly dir: string;
  readonly source: ModelSource;
}

/**
 * Where packagers put models (`npm run fetch-model`): `GLEANER_BUNDLED_MODELS`, else the app's
 * resources folder (Electron sets process.resourcesPath), else ./resources/models when run from
 * a checkout.
 */
export function bundledModelsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GLEANER_BUNDLED_MODELS) return resolve(env.GLEANER_BUNDLED_MODELS);
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  return resourcesPath ? join(resourcesPath, 'models') : resolve('resources', 'models');
}

const isDir = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => null))?.isDirectory() ?? false;

/** A model id is org/name (hub style) or local/name (imported): never a path that climbs out. */
export function isModelId(value: string): boolean {
  return /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(value) && !value.includes('..');
}

/** Finds an installed (workspace models folder) or bundled model by id; installed wins. */
export async function locateModel(
  modelsDir: string,
  id: string,
  bundledDir = bundledModelsDir(),
): Promise<LocatedModel | null> {
  if (!isModelId(id)) return null;
  if (await isDir(join(modelsDir, id)))
    return { id, dir: join(modelsDir, id), source: 'installed' };
  if (await isDir(join(bundledDir, id)))
    return { id, dir: join(bundledDir, id), source: 'bundled' };
  return null;
}

export async function requireModel(
  modelsDir: string,
  id: string,
  bundledDir?: string,
): Promise<LocatedModel> {
  if (id === LEXICAL_MODEL)
    throw new GleanerError('E_INTERNAL', 'The lexical embedder has no model folder.');
  const found = await locateModel(modelsDir, id, bundledDir);
  if (!found) {
    throw new GleanerError(
      'E_MODEL',
      `The model ${id} is not installed. Import its folder in Settings › Models (or \`gleaner embed --model PATH\`), or allow the download.`,
      { id },
    );
  }
  return found;
}

export const looksLikePath = (value: string): boolean =>
  isAbsolute(value) || value.startsWith('.') || value.includes('\\') || value.split('/').length > 2;
