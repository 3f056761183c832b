import { readFile } from 'node:fs/promises';
import { LEXICAL_MODEL } from '../../../shared/domain/embed';
import type { Workspace } from '../workspace/workspace';
import { idfPath, type SearchBuild } from '../search/state';
import { prefixesFor } from './catalogue';
import type { Embedder } from './embedder';
import { LexicalEmbedder } from './lexical/embedder';
import { emptyIdf, parseIdf } from './lexical/idf';
import { requireModel } from './models/locate';
import { TransformersEmbedder } from './transformers';

/** A neural embedder for an installed or bundled model id. */
export async function loadNeuralEmbedder(ws: Workspace, id: string): Promise<TransformersEmbedder> {
  const model = await requireModel(ws.modelsDir, id);
  return TransformersEmbedder.load({ id, dir: model.dir, prefixes: prefixesFor(id) });
}

const queryEmbedders = new Map<string, Promise<Embedder>>();

/**
 * The embedder that made a build's vectors, for embedding queries against it: the lexical one
 * with the build's own IDF, or the same neural model. Kept loaded per build.
 */
export function embedderForBuild(ws: Workspace, build: SearchBuild): Promise<Embedder> {
  const key = `${ws.dir}\u0000${build.table}`;
  let embedder = queryEmbedders.get(key);
  if (!embedder) {
    embedder =
      build.model === LEXICAL_MODEL ? loadLexical(ws, build) : loadNeuralEmbedder(ws, build.model);
    embedder.catch(() => queryEmbedders.delete(key));
    queryEmbedders.set(key, embedder);
    // One build is live per workspace: release the embedders of older builds.
    for (const [other, loaded] of queryEmbedders) {
      if (other !== key && other.startsWith(`${ws.dir}\u0000`)) {
        queryEmbedders.delete(other);
        void loaded.then((e) => e.dispose()).catch(() => undefined);
      }
    }
  }
  return embedder;
}

async function loadLexical(ws: Workspace, build: SearchBuild): Promise<Embedder> {
  const json = await readFile(idfPath(ws.dir, build.table), 'utf8').catch(() => null);
  return new LexicalEmbedder(json ? parseIdf(json) : emptyIdf(), build.dimension);
}
