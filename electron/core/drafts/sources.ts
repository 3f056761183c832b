import { LEXICAL_MODEL } from '../../../shared/domain/embed';
import { readSummaryRows, getArticle } from '../articles/store';
import { dot, type Embedder } from '../embed/embedder';
import { LexicalEmbedder } from '../embed/lexical/embedder';
import { IdfFitter } from '../embed/lexical/idf';
import { loadNeuralEmbedder } from '../embed/load';
import { loadAssignments } from '../topics/store';
import type { Workspace } from '../workspace/workspace';
import type { ArticleMatch } from './update';
import type { DraftConversation } from './types';

/** What drafting reads from a workspace: a topic's conversations, an embedder, the existing articles. */

const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;
const CHUNK = 500;
const NAME_FIELDS = ['agent', 'agent_name', 'customer_name', 'name', 'requester_name', 'assistant'];

interface TranscriptColumns {
  key: string;
  language: string;
  turns_json: string;
  resolved: number | null;
  escalated: boolean;
  repeat_contact: boolean;
  csat: number | null;
  metadata_json: string;
}

export interface TopicConversations {
  conversations: DraftConversation[];
  /** Names found in the conversations' metadata (agents, customers): never printed in a draft. */
  names: string[];
}

const namesIn = (metadataJson: string): string[] => {
  try {
    const metadata = JSON.parse(metadataJson) as Record<string, unknown>;
    return NAME_FIELDS.map((k) => metadata[k]).filter((v): v is string => typeof v === 'string' && v.trim().length > 1 && !/^\[[A-Z]+\]$/.test(v));
  } catch {
    return [];
  }
};

/** The conversations assigned to a topic, as the drafter reads them. */
export async function topicConversations(ws: Workspace, topicId: string): Promise<TopicConversations> {
  const keys = [...(await loadAssignments(ws)).entries()].filter(([, a]) => a.topicId === topicId).map(([key]) => key);
  const table = await ws.table('transcripts');
  const conversations: DraftConversation[] = [];
  const names = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const rows = (await table
      .query()
      .where(`key IN (${chunk.map(sql).join(',')})`)
      .select(['key', 'language', 'turns_json', 'resolved', 'escalated', 'repeat_contact', 'csat', 'metadata_json'])
      .toArray()) as TranscriptColumns[];
    for (const row of rows) {
      let turns: DraftConversation['turns'];
      try {
        turns = JSON.parse(row.turns_json) as DraftConversation['turns'];
      } catch {
        continue; // A damaged row is skipped, not fatal.
      }
      conversations.push({
        id: row.key,
        language: row.language,
        turns,
        resolved: row.resolved === null || row.resolved === undefined ? null : Number(row.resolved) === 1,
        escalated: Boolean(row.escalated),
        repeatContact: Boolean(row.repeat_contact),
        csat: row.csat === null || row.csat === undefined ? null : Number(row.csat),
      });
      for (const name of namesIn(row.metadata_json)) names.add(name);
    }
  }
  return { conversations, names: [...names] };
}

/** The workspace's embedding model; the lexical one is fitted on the texts it will compare. */
export async function draftingEmbedder(ws: Workspace, fitTexts: readonly string[]): Promise<Embedder> {
  const model = ws.settings().embeddingModel;
  if (model !== LEXICAL_MODEL) return loadNeuralEmbedder(ws, model);
  const fitter = new IdfFitter();
  fitter.add(fitTexts);
  return new LexicalEmbedder(fitter.finish());
}

export interface ExistingArticle {
  articleId: string;
  title: string;
  text: string;
  language: string;
}

/** Every article that is not archived (the candidates for an update or a related link). */
export async function existingArticles(ws: Workspace): Promise<ExistingArticle[]> {
  const rows = (await readSummaryRows(ws)).filter((r) => r.state !== 'archived');
  const out: ExistingArticle[] = [];
  for (const row of rows) {
    const article = await getArticle(ws, row.id);
    out.push({ articleId: article.id, title: article.title, text: article.text, language: article.language });
  }
  return out;
}

/** Articles ranked by similarity to a query, with one embedder for both sides. */
export function articleSearch(articles: readonly ExistingArticle[], embedder: Embedder): (query: string) => Promise<ArticleMatch[]> {
  let vectors: Float32Array[] | undefined;
  return async (query) => {
    if (articles.length === 0) return [];
    vectors ??= await embedder.embedPassages(articles.map((a) => `${a.title}\n${a.text}`));
    const [q] = await embedder.embedQueries([query]);
    return articles
      .map((a, i) => ({ articleId: a.articleId, title: a.title, text: a.text, similarity: dot(q!, vectors![i]!) }))
      .sort((x, y) => y.similarity - x.similarity);
  };
}
