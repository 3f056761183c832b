import type { DocumentKind } from '../../../shared/domain/search';
import type { Workspace } from '../workspace/workspace';
import { readArticleDocuments } from '../embed/article-source';
import { openSearchTable } from './connection';
import type { SearchDocument } from './document';
import { indexedText } from './rows';
import { readSearchState, type SearchBuild } from './state';
import { removeDocuments, upsertDocuments } from './update';

interface IndexedArticle {
  id: string;
  title: string;
  text: string;
  language: string | null;
}

/** The articles table version each build was last synced at (key: workspace dir + build table). */
const syncedAt = new Map<string, number>();
const running = new Map<string, Promise<SyncResult>>();

export interface SyncResult {
  upserted: number;
  removed: number;
}

const differs = (doc: SearchDocument, row: IndexedArticle | undefined): boolean =>
  !row ||
  row.text !== indexedText(doc) ||
  row.title !== (doc.title ?? '') ||
  (row.language ?? null) !== (doc.language ?? null);

async function sync(ws: Workspace, build: SearchBuild, key: string): Promise<SyncResult> {
  const version = await (await ws.table('articles')).version();
  if (syncedAt.get(key) === version) return { upserted: 0, removed: 0 };
  const docs = await readArticleDocuments(ws);
  const table = await openSearchTable(ws, build.table);
  const indexed = (await table
    .query()
    .where("kind = 'article'")
    .select(['id', 'title', 'text', 'language'])
    .toArray()) as IndexedArticle[];
  const byId = new Map(indexed.map((row) => [row.id, row]));
  const changed = docs.filter((doc) => differs(doc, byId.get(doc.id)));
  const live = new Set(docs.map((doc) => doc.id));
  const gone = [...byId.keys()].filter((id) => !live.has(id));
  if (changed.length > 0) await upsertDocuments(ws, changed);
  if (gone.length > 0) await removeDocuments(ws, 'article', gone);
  syncedAt.set(key, version);
  return { upserted: changed.length, removed: gone.length };
}

/**
 * Brings the articles of the live search index up to date with the articles table: called before
 * each search, it costs one version check while no article changed; after a save it re-embeds only
 * the articles whose title, text or language differ, and drops deleted ones. Done at search time
 * rather than on save so every writer (editor, imports, review, CLI) is covered without hooks.
 */
export function syncArticles(ws: Workspace, build: SearchBuild): Promise<SyncResult> {
  const key = `${ws.dir}\u0000${build.table}`;
  let pending = running.get(key);
  if (!pending) {
    pending = sync(ws, build, key).finally(() => running.delete(key));
    running.set(key, pending);
  }
  return pending;
}

/** Syncs the live build's articles before a query that may return articles; a no-op before the first build. */
export async function freshenArticles(
  ws: Workspace,
  kinds?: readonly DocumentKind[],
): Promise<void> {
  if (kinds && !kinds.includes('article')) return;
  const { active } = await readSearchState(ws.dir);
  if (active) await syncArticles(ws, active);
}
