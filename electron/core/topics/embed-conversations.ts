import { LEXICAL_MODEL } from '../../../shared/domain/embed';
import { GleanerError } from '../../../shared/errors';
import type { Embedder } from '../embed/embedder';
import { LexicalEmbedder } from '../embed/lexical/embedder';
import { IdfFitter } from '../embed/lexical/idf';
import { loadNeuralEmbedder } from '../embed/load';
import { iterateTranscripts } from '../transcripts/store';
import type { Workspace } from '../workspace/workspace';
import { isGenericFollowUp } from './follow-up';
import { matrix, type Matrix } from './vectors';

export interface Conversations {
  keys: string[];
  /**
   * What the customers said, topics being about the customer's side: a conversation's own customer turns,
   * and where they only refer back ("following up, same problem"), then those of the contacts before it in
   * the same episode (the customer back within the repeat window), which name the problem.
   */
  texts: string[];
  /** 1 where the conversation only refers back to an earlier contact and borrows its words. */
  followUp: Uint8Array;
}

/** Earlier contacts of an episode whose words a follow-up borrows. */
const EPISODE_DEPTH = 2;

export async function loadConversations(ws: Workspace): Promise<Conversations> {
  const keys: string[] = [];
  const own: string[] = [];
  const previousKeys: Array<string | null> = [];
  for await (const rows of iterateTranscripts(ws, ['key', 'customer_text', 'previous_contact_key'])) {
    for (const row of rows) {
      if (typeof row.key !== 'string') continue;
      keys.push(row.key);
      own.push(typeof row.customer_text === 'string' ? row.customer_text : '');
      previousKeys.push(typeof row.previous_contact_key === 'string' ? row.previous_contact_key : null);
    }
  }
  const indexOf = new Map(keys.map((key, i) => [key, i]));
  const followUp = new Uint8Array(keys.length);
  const texts = own.map((text, i) => {
    const parts = [text];
    let previous = previousKeys[i] && isGenericFollowUp(text) ? indexOf.get(previousKeys[i]!) : undefined;
    for (let depth = 0; previous !== undefined && previous !== i && depth < EPISODE_DEPTH; depth += 1) {
      parts.push(own[previous]!);
      previous = indexOf.get(previousKeys[previous] ?? '');
    }
    if (parts.length > 1) followUp[i] = 1;
    return parts.join('\n');
  });
  return { keys, texts, followUp };
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
