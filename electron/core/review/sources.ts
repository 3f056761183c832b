import type { ArticleVersion } from '../../../shared/domain/article';
import type { ReviewSources, ReviewText } from '../../../shared/domain/review';
import { sqlString, versionFromRow, type VersionRow } from '../articles/rows';
import { getVersion, listVersions } from '../articles/revisions';
import { getArticle } from '../articles/store';
import type { Workspace } from '../workspace/workspace';
import { currentAssignments } from './assignments';
import { listDecisions } from './decisions';

const textOf = (version: ArticleVersion): ReviewText => ({
  versionId: version.id,
  version: version.version,
  title: version.title,
  text: version.text,
  content: version.content,
  savedAt: version.savedAt,
});

/** The AI original (the first `ai_draft` revision) of every article made from an AI draft. */
export async function aiOriginals(ws: Workspace, articleId?: string): Promise<Map<string, ArticleVersion>> {
  const where = `kind = 'ai_draft'${articleId ? ` AND article_id = ${sqlString(articleId)}` : ''}`;
  const rows = (await (await ws.table('article_versions')).query().where(where).toArray()) as VersionRow[];
  const originals = new Map<string, ArticleVersion>();
  for (const version of rows.map(versionFromRow)) {
    const seen = originals.get(version.articleId);
    if (!seen || version.version < seen.version) originals.set(version.articleId, version);
  }
  return originals;
}

/** The stored revision holding an article's text as it was at `version` (state changes add versions without text changes). */
export async function textAtVersion(ws: Workspace, articleId: string, version: number): Promise<ArticleVersion | null> {
  const revision = (await listVersions(ws, articleId)).find((v) => v.version <= version);
  return revision ? getVersion(ws, revision.id) : null;
}

/** What a reviewer compares: the AI original, the text last approved, the current text, and who reviews it. */
export async function reviewSources(ws: Workspace, articleId: string): Promise<ReviewSources> {
  const article = await getArticle(ws, articleId);
  const original = (await aiOriginals(ws, articleId)).get(articleId) ?? null;
  const approvals = (await listDecisions(ws, articleId)).filter((d) => d.decision === 'approve');
  const lastApproval = approvals.at(-1);
  const approved = lastApproval ? await textAtVersion(ws, articleId, lastApproval.articleVersion) : null;
  return {
    article,
    aiOriginal: original ? textOf(original) : null,
    lastApproved: approved ? textOf(approved) : null,
    current: { versionId: null, version: article.version, title: article.title, text: article.text, content: article.content, savedAt: article.updatedAt },
    assignment: (await currentAssignments(ws)).get(articleId) ?? null,
  };
}
