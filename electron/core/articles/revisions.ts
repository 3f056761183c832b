import { randomUUID } from 'node:crypto';
import type { Article, ArticleVersion, ArticleVersionSummary, RevisionKind } from '../../../shared/domain/article';
import { GleanerError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { rowFromVersion, sqlString, versionFromRow, type VersionRow } from './rows';

/** Autosaves by the same person within this window fold into one revision. */
export const AUTOSAVE_SESSION_MS = 10 * 60_000;
const OPTIMIZE_EVERY_WRITES = 200;
const writesSinceOptimize = new Map<string, number>();

async function versionsTable(ws: Workspace) {
  return ws.table('article_versions');
}

async function readVersionRows(ws: Workspace, articleId: string): Promise<VersionRow[]> {
  const rows = await (await versionsTable(ws)).query().where(`article_id = ${sqlString(articleId)}`).toArray();
  return (rows as VersionRow[]).sort((a, b) => Number(b.version) - Number(a.version) || b.saved_at.localeCompare(a.saved_at));
}

/**
 * Keeps a revision of `article`. An autosave replaces the previous revision when that one is an
 * autosave by the same person from the same editing session, so history stays readable.
 */
export async function recordRevision(ws: Workspace, article: Article, kind: RevisionKind, actor: { id: string }): Promise<void> {
  const table = await versionsTable(ws);
  const revision: ArticleVersion = {
    id: randomUUID(),
    articleId: article.id,
    version: article.version,
    kind,
    title: article.title,
    content: article.content,
    text: article.text,
    savedAt: article.updatedAt,
    savedBy: actor.id,
  };
  const latest = kind === 'autosave' ? (await readVersionRows(ws, article.id))[0] : undefined;
  const coalesce =
    latest !== undefined &&
    latest.kind === 'autosave' &&
    latest.saved_by === actor.id &&
    Date.parse(revision.savedAt) - Date.parse(latest.saved_at) < AUTOSAVE_SESSION_MS;
  const row = { ...rowFromVersion(coalesce ? { ...revision, id: latest.id } : revision) };
  await table.mergeInsert('id').whenMatchedUpdateAll().whenNotMatchedInsertAll().execute([row]);
  await optimizeNowAndThen(ws);
}

/** Each write adds a table version; compact after many small ones (autosave writes often). */
async function optimizeNowAndThen(ws: Workspace): Promise<void> {
  const count = (writesSinceOptimize.get(ws.dir) ?? 0) + 1;
  writesSinceOptimize.set(ws.dir, count);
  if (count < OPTIMIZE_EVERY_WRITES) return;
  writesSinceOptimize.set(ws.dir, 0);
  const cutoff = new Date(Date.now() - 60_000);
  await (await ws.table('articles')).optimize({ cleanupOlderThan: cutoff });
  await (await versionsTable(ws)).optimize({ cleanupOlderThan: cutoff });
}

/** The first revision of many new articles, in one commit (imports). */
export async function recordFirstRevisions(ws: Workspace, articles: readonly Article[], kind: RevisionKind, actor: { id: string }): Promise<void> {
  if (articles.length === 0) return;
  const rows = articles.map((article) => ({
    ...rowFromVersion({ id: randomUUID(), articleId: article.id, version: article.version, kind, title: article.title, content: article.content, text: article.text, savedAt: article.updatedAt, savedBy: actor.id }),
  }));
  await (await versionsTable(ws)).add(rows);
}

export async function listVersions(ws: Workspace, articleId: string): Promise<ArticleVersionSummary[]> {
  return (await readVersionRows(ws, articleId)).map((row) => {
    const { content: _content, text: _text, ...summary } = versionFromRow(row);
    return summary;
  });
}

export async function getVersion(ws: Workspace, versionId: string): Promise<ArticleVersion> {
  const rows = (await (await versionsTable(ws)).query().where(`id = ${sqlString(versionId)}`).limit(1).toArray()) as VersionRow[];
  const row = rows[0];
  if (!row) throw new GleanerError('E_NOT_FOUND', `No article version with id ${versionId}.`);
  return versionFromRow(row);
}
