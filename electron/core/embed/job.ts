import {
  embedWorkspaceParamsSchema,
  LEXICAL_MODEL,
  type EmbedWorkspaceResult,
} from '../../../shared/domain/embed';
import { GleanerError } from '../../../shared/errors';
import type { JobContext } from '../jobs/types';
import type { Workspace } from '../workspace/workspace';
import type { Embedder } from './embedder';
import { indexDocuments, type Progress } from './index-documents';
import { LexicalEmbedder } from './lexical/embedder';
import { IdfFitter } from './lexical/idf';
import { loadNeuralEmbedder } from './load';
import { importModelFolder } from './models/import';
import { looksLikePath } from './models/locate';
import { allDocuments, countDocuments, DOCUMENT_SOURCES, type DocumentSource } from './sources';

/** Fits the lexical embedder's IDF on every document of the workspace (one extra pass, no vectors). */
export async function fitLexicalEmbedder(
  ws: Workspace,
  sources: readonly DocumentSource[],
  total: number,
  progress: Progress,
  signal: AbortSignal,
): Promise<LexicalEmbedder> {
  const fitter = new IdfFitter();
  let done = 0;
  for await (const batch of allDocuments(ws, sources)) {
    if (signal.aborted) throw new GleanerError('E_CANCELLED', 'Embedding was cancelled.');
    fitter.add(batch.map((doc) => doc.text));
    done += batch.length;
    progress(done, Math.max(total, done), 'fit');
  }
  return new LexicalEmbedder(fitter.finish());
}

/** The model id to embed with: a folder path is imported first, then used by its id. */
export async function resolveModelSpec(ws: Workspace, spec: string): Promise<string> {
  if (spec === LEXICAL_MODEL || !looksLikePath(spec)) return spec;
  return (await importModelFolder(ws.modelsDir, spec)).id;
}

/**
 * Job `embed.workspace`: (re)embeds every document with a model into a new search table; the
 * previous table answers searches until the new one is complete. The caller records the model
 * in the settings when the job is done.
 */
export async function embedWorkspaceJob(
  ctx: JobContext,
  rawParams: unknown,
  sources: readonly DocumentSource[] = DOCUMENT_SOURCES,
): Promise<EmbedWorkspaceResult> {
  const started = Date.now();
  const params = embedWorkspaceParamsSchema.parse(rawParams ?? {});
  const ws = ctx.workspace;
  const model = await resolveModelSpec(ws, params.model ?? ws.settings().embeddingModel);
  const total = await countDocuments(ws, sources);
  const progress: Progress = (done, all, phase) => ctx.progress(done, all, phase);
  let embedder: Embedder;
  if (model === LEXICAL_MODEL) {
    embedder = await fitLexicalEmbedder(ws, sources, total, progress, ctx.signal);
  } else {
    progress(0, total, 'load-model');
    embedder = await loadNeuralEmbedder(ws, model);
  }
  try {
    const build = await indexDocuments(
      ws,
      embedder,
      allDocuments(ws, sources),
      progress,
      ctx.signal,
      { total },
    );
    return {
      model: build.model,
      documents: build.documents,
      dimension: build.dimension,
      annIndex: build.annIndex,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await embedder.dispose();
  }
}
