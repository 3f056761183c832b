import { LEXICAL_MODEL } from '../../../shared/domain/embed';
import { GleanerError } from '../../../shared/errors';
import type { Embedder } from '../embed/embedder';
import { LexicalEmbedder } from '../embed/lexical/embedder';
import { IdfFitter } from '../embed/lexical/idf';
import { loadNeuralEmbedder } from '../embed/load';
import { iterateTranscripts } from '../transcripts/store';
import type { Workspace } from '../workspace/workspace';
import { matrix, type Matrix } from './vectors';

export interface Conversations {
  keys: string[];
  /** What the customers said: topics are about the customer's side. */
  texts: string[];
}

export async function loadConversations(ws: Workspace): Promise<Conversations> {
  const keys: string[] = [];
  const texts: string[] = [];
  for await (const rows of iterateTranscripts(ws, ['key', 'customer_text'])) {
    for (const row of rows) {
      if (typeof row.key !== 'string') continue;
      keys.push(row.key);
      texts.push(typeof row.customer_text === 'string' ? row.customer_text : '');
    }
  }
  return { keys, texts };
}

const BATCH = 64;

/**
 * Customer-turn vectors with the workspace's embedding model: the lexical one fitted on these
 * conversations, or the installed neural model.
 */
export async function embedConversations(
  ws: Workspace,
  texts: readonly string[],
  options: {
    signal: AbortSignal;
    progress: (done: number, total: number) => void;
    alsoEmbed?: readonly string[];
    /** The corpus the lexical model's IDF is fitted on (default: `texts`); all conversations when only new ones are embedded. */
    fitOn?: readonly string[];
  },
): Promise<{ m: Matrix; also: Matrix; embedder: string }> {
  const model = ws.settings().embeddingModel;
  let embedder: Embedder;
  if (model === LEXICAL_MODEL) {
    const fitter = new IdfFitter();
    fitter.add(options.fitOn ?? texts);
    embedder = new LexicalEmbedder(fitter.finish());
  } else {
    embedder = await loadNeuralEmbedder(ws, model);
  }
  try {
    const data = new Float32Array(texts.length * embedder.dimension);
    for (let i = 0; i < texts.length; i += BATCH) {
      if (options.signal.aborted) throw new GleanerError('E_CANCELLED', 'Topic discovery was cancelled.');
      const vectors = await embedder.embedPassages(texts.slice(i, i + BATCH));
      vectors.forEach((v, j) => data.set(v, (i + j) * embedder.dimension));
      if ((i / BATCH) % 20 === 0) options.progress(Math.min(texts.length, i + BATCH), texts.length);
    }
    options.progress(texts.length, texts.length);
    const also = new Float32Array((options.alsoEmbed?.length ?? 0) * embedder.dimension);
    if (options.alsoEmbed?.length) (await embedder.embedPassages(options.alsoEmbed)).forEach((v, j) => also.set(v, j * embedder.dimension));
    return { m: matrix(data, embedder.dimension), also: matrix(also, embedder.dimension), embedder: embedder.id };
  } finally {
    await embedder.dispose();
  }
}

export interface ArticleText {
  id: string;
  title: string;
  text: string;
}

/** The knowledge base's articles that can cover a topic (not archived), title and body. */
export async function loadArticleTexts(ws: Workspace): Promise<ArticleText[]> {
  const rows = (await (await ws.table('articles')).query().select(['id', 'title', 'text', 'state']).toArray()) as Array<{ id: string; title: string; text: string; state: string }>;
  return rows.filter((r) => r.state !== 'archived').map((r) => ({ id: r.id, title: r.title, text: `${r.title}\n${r.text}` }));
}
