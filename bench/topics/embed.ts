import type { AgentAnswers } from '../../electron/core/topics/agent-answers';
import { LexicalEmbedder } from '../../electron/core/embed/lexical/embedder';
import { IdfFitter } from '../../electron/core/embed/lexical/idf';

export interface BenchVectors {
  vectors: Float32Array;
  dim: number;
  embedder: string;
  /** The agents' answers, for whole conversations. */
  agent?: AgentAnswers | null;
}

/** The vectors the quality bench clusters: the workspace's lexical embedder, its IDF fitted on the set. */
export async function embedForBench(texts: readonly string[]): Promise<BenchVectors> {
  const fitter = new IdfFitter();
  fitter.add(texts);
  const embedder = new LexicalEmbedder(fitter.finish());
  const vectors = new Float32Array(texts.length * embedder.dimension);
  (await embedder.embedPassages(texts)).forEach((v, i) => vectors.set(v, i * embedder.dimension));
  return { vectors, dim: embedder.dimension, embedder: `lexical (hashed TF-IDF, ${embedder.dimension}-d)` };
}
