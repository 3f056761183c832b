import { LEXICAL_MODEL } from '../../../shared/domain/embed';
import { GleanerError } from '../../../shared/errors';
import type { Embedder } from '../embed/embedder';
import { LexicalEmbedder } from '../embed/lexical/embedder';
import { IdfFitter } from '../embed/lexical/idf';
import { loadNeuralEmbedder } from '../embed/load';
import { iterateTranscripts } from '../transcripts/store';
import type { Workspace } from '../workspace/workspace';
import { emptyAgentAnswers, storeAgentAnswer, type AgentAnswers } from './agent-answers';
import { isGenericFollowUp } from './follow-up';
import { matrix, normalizeRows, type Matrix } from './vectors';

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
 * How much what the agents (and bots) said counts in a conversation's topic vector, next to the
 * customer's words (1). Customers name one problem in many ways while agents answer it with the same
 * steps, so a little of their side joins the phrasings of one problem: on FloDial's dialogues (12
 * problems, bench/topics) NMI goes from 0.82 to 0.85 and the topics from 22 to 17; on the demo, 0.80 to 0.84.
 * The agent turns are read in a scan of their own rather than with the customer text, so that they are
 * never all held at once.
 */
export const AGENT_WEIGHT = 0.3;

/** The agents' and bots' words of a stored conversation. */
function agentTextOf(turnsJson: unknown): string {
  if (typeof turnsJson !== 'string') return '';
  try {
    const turns = JSON.parse(turnsJson) as Array<{ role?: unknown; text?: unknown }>;
    return turns
      .filter((t) => (t.role === 'agent' || t.role === 'bot') && typeof t.text === 'string')
      .map((t) => t.text as string)
      .join('\n');
  } catch {
    return '';
  }
}

/** Every stored conversation's agent side, batch by batch (the turns are only read, never all held). */
async function* agentTexts(ws: Workspace): AsyncGenerator<Array<{ key: string; text: string }>> {
  for await (const rows of iterateTranscripts(ws, ['key', 'turns_json'], 2000)) {
    yield rows.flatMap((row) => (typeof row.key === 'string' ? [{ key: row.key, text: agentTextOf(row.turns_json) }] : []));
  }
}

async function embedderFor(ws: Workspace, fitOn: readonly string[]): Promise<Embedder> {
  const model = ws.settings().embeddingModel;
  if (model !== LEXICAL_MODEL) return loadNeuralEmbedder(ws, model);
  const fitter = new IdfFitter();
  fitter.add(fitOn);
  return new LexicalEmbedder(fitter.finish());
}

/** The lexical model of the agents' side is fitted on the first this many conversations (IDF needs no more). */
const AGENT_FIT_SAMPLE = 20_000;

/**
 * Adds AGENT_WEIGHT x the agent side's vector to the rows of `m` named in `rowOf` (conversation key →
 * row) and brings them back to unit length, in one read of the stored turns. With the lexical model
 * the agents' side has its own IDF, fitted on the agent turns of the first AGENT_FIT_SAMPLE stored
 * conversations (held until then), as the customers' one is on theirs.
 */
async function blendAgentSide(ws: Workspace, m: Matrix, rowOf: ReadonlyMap<string, number>, customerSide: Embedder, signal: AbortSignal): Promise<AgentAnswers> {
  const answers = emptyAgentAnswers(m.rows, m.dim);
  const lexical = customerSide instanceof LexicalEmbedder;
  const fitter = new IdfFitter();
  let embedder: Embedder | null = lexical ? null : customerSide;
  let held: Array<{ key: string; text: string }> = [];
  const blend = async (batch: ReadonlyArray<{ key: string; text: string }>, side: Embedder) => {
    const wanted = batch.filter((b) => rowOf.has(b.key) && b.text);
    for (let i = 0; i < wanted.length; i += BATCH) {
      if (signal.aborted) throw new GleanerError('E_CANCELLED', 'Topic discovery was cancelled.');
      const slice = wanted.slice(i, i + BATCH);
      const vectors = await side.embedPassages(slice.map((b) => b.text));
      vectors.forEach((v, j) => {
        const row = rowOf.get(slice[j]!.key)!;
        const offset = row * m.dim;
        for (let t = 0; t < m.dim; t += 1) m.data[offset + t]! += AGENT_WEIGHT * v[t]!;
        normalizeRows(m.data.subarray(offset, offset + m.dim), m.dim);
        storeAgentAnswer(answers, row, v);
      });
    }
  };
  const fitted = async (): Promise<Embedder> => {
    if (embedder) return embedder;
    embedder = new LexicalEmbedder(fitter.finish(), customerSide.dimension);
    await blend(held, embedder);
    held = [];
    return embedder;
  };
  for await (const batch of agentTexts(ws)) {
    if (!embedder && held.length < AGENT_FIT_SAMPLE) {
      fitter.add(batch.map((b) => b.text));
      held.push(...batch);
      continue;
    }
    await blend(batch, await fitted());
  }
  await fitted();
  return answers;
}

/**
 * Conversation vectors for topics with the workspace's embedding model (the lexical one fitted on
 * these conversations, or the installed neural model): the customer turns, plus a little of the agent
 * side (AGENT_WEIGHT) for the conversations `keys` names (in the order of `texts`).
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
    /** The conversations' keys, in the order of `texts`: their agent turns are blended in. */
    keys?: readonly string[];
  },
): Promise<{ m: Matrix; also: Matrix; embedder: string; agent: AgentAnswers | null }> {
  const embedder = await embedderFor(ws, options.fitOn ?? texts);
  try {
    const data = new Float32Array(texts.length * embedder.dimension);
    for (let i = 0; i < texts.length; i += BATCH) {
      if (options.signal.aborted) throw new GleanerError('E_CANCELLED', 'Topic discovery was cancelled.');
      const vectors = await embedder.embedPassages(texts.slice(i, i + BATCH));
      vectors.forEach((v, j) => data.set(v, (i + j) * embedder.dimension));
      if ((i / BATCH) % 20 === 0) options.progress(Math.min(texts.length, i + BATCH), texts.length);
    }
    const m = matrix(data, embedder.dimension);
    const agent = options.keys ? await blendAgentSide(ws, m, new Map(options.keys.map((key, row) => [key, row])), embedder, options.signal) : null;
    options.progress(texts.length, texts.length);
    const also = new Float32Array((options.alsoEmbed?.length ?? 0) * embedder.dimension);
    if (options.alsoEmbed?.length) (await embedder.embedPassages(options.alsoEmbed)).forEach((v, j) => also.set(v, j * embedder.dimension));
    return { m, also: matrix(also, embedder.dimension), embedder: embedder.id, agent };
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
