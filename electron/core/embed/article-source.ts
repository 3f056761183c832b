import type { Workspace } from '../workspace/workspace';
import type { SearchDocument } from '../search/document';
import type { DocumentSource } from './sources';

const ARTICLE_COLUMNS = ['id', 'title', 'text', 'language'];
const PAGE = 500;

interface ArticleTextRow {
  id: string;
  title: string;
  text: string;
  language: string | null;
}

export const articleDocument = (row: ArticleTextRow): SearchDocument => ({
  kind: 'article',
  id: row.id,
  title: row.title,
  text: row.text,
  language: row.language ?? null,
  channel: null,
  startedMs: null,
});

/** Every article (any state) as search documents, title and plain text. */
export async function readArticleDocuments(ws: Workspace): Promise<SearchDocument[]> {
  const table = await ws.table('articles');
  const rows = (await table.query().select(ARTICLE_COLUMNS).toArray()) as ArticleTextRow[];
  return rows.filter((row) => typeof row.id === 'string').map(articleDocument);
}

/** Knowledge-base articles: searched with conversations in the global search. */
export const articleSource: DocumentSource = {
  name: 'articles',
  count: async (ws) => (await ws.table('articles')).countRows(),
  async *batches(ws) {
    const docs = await readArticleDocuments(ws);
    for (let i = 0; i < docs.length; i += PAGE) yield docs.slice(i, i + PAGE);
  },
};
