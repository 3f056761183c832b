import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LEXICAL_MODEL, type ModelInfo } from '../../../../shared/domain/embed';
import { catalogueEntry, MODEL_CATALOGUE } from '../catalogue';
import { LEXICAL_DIMENSION } from '../lexical/embedder';
import { downloadBaseUrl } from './download';
import { bundledModelsDir, isModelId } from './locate';
import { modelFolderProblems } from './validate';

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    total += entry.isDirectory()
      ? await folderSize(path)
      : ((await stat(path).catch(() => null))?.size ?? 0);
  }
  return total;
}

/** Model folders two levels down (org/name), skipping staging folders of imports. */
async function modelIdsIn(root: string): Promise<string[]> {
  const ids: string[] = [];
  for (const org of await readdir(root, { withFileTypes: true }).catch(() => [])) {
    if (!org.isDirectory() || org.name.startsWith('.')) continue;
    for (const name of await readdir(join(root, org.name), { withFileTypes: true }).catch(
      () => [],
    )) {
      const id = `${org.name}/${name.name}`;
      if (name.isDirectory() && isModelId(id)) ids.push(id);
    }
  }
  return ids;
}

async function configDimension(dir: string): Promise<number | null> {
  try {
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as {
      hidden_size?: unknown;
    };
    return typeof config.hidden_size === 'number' ? config.hidden_size : null;
  } catch {
    return null;
  }
}

/**
 * Every model Settings shows: the built-in lexical embedder, the catalogue, and any folder
 * installed in the workspace or bundled with the app, with size, dimension, languages, status.
 */
export async function listModels(
  modelsDir: string,
  activeModel: string | null,
  bundledDir = bundledModelsDir(),
): Promise<ModelInfo[]> {
  const out: ModelInfo[] = [
    {
      id: LEXICAL_MODEL,
      label: 'Built-in lexical (hashed TF-IDF)',
      dimension: LEXICAL_DIMENSION,
      languages: ['any'],
      sizeBytes: 0,
      status: 'built-in',
      problem: null,
      source: null,
      active: (activeModel ?? LEXICAL_MODEL) === LEXICAL_MODEL,
    },
  ];
  const installed = new Set(await modelIdsIn(modelsDir));
  const bundled = new Set(await modelIdsIn(bundledDir));
  const ids = [...new Set([...MODEL_CATALOGUE.map((e) => e.id), ...installed, ...bundled])];
  for (const id of ids) {
    const entry = catalogueEntry(id);
    const source = installed.has(id) ? 'installed' : bundled.has(id) ? 'bundled' : null;
    const dir =
      source === 'installed'
        ? join(modelsDir, id)
        : source === 'bundled'
          ? join(bundledDir, id)
          : null;
    const problems = dir ? await modelFolderProblems(dir) : [];
    // A catalogue model's folder only comes from a download: if broken, it is an unfinished one
    // (resumed by downloading again), not an installed model.
    const unfinished = source === 'installed' && entry !== undefined && problems.length > 0;
    out.push({
      id,
      label: entry?.label ?? id,
      dimension: (dir ? await configDimension(dir) : null) ?? entry?.dimension ?? null,
      languages: [...(entry?.languages ?? [])],
      sizeBytes: dir && !unfinished ? await folderSize(dir) : (entry?.sizeBytes ?? null),
      status:
        !source || unfinished ? 'not-installed' : problems.length > 0 ? 'invalid' : source,
      problem: problems.length > 0 && !unfinished ? problems.join('; ') : null,
      source: entry ? `${downloadBaseUrl()}/${id}` : null,
      active: activeModel === id,
    });
  }
  return out;
}
