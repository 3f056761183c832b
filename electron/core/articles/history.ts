import { diffWordsWithSpace } from 'diff';
import type { Article, ArticleDiff } from '../../../shared/domain/article';
import { GleanerError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { getVersion } from './revisions';
import { saveArticle, type Actor } from './store';

/** Makes an earlier revision the current content, as a new version (history is never rewritten). */
export async function restoreVersion(ws: Workspace, articleId: string, versionId: string, baseVersion: number, actor: Actor): Promise<Article> {
  const revision = await getVersion(ws, versionId);
  if (revision.articleId !== articleId) throw new GleanerError('E_VALIDATION', `Version ${versionId} belongs to another article.`);
  return saveArticle(ws, { id: articleId, baseVersion, meta: { title: revision.title }, content: revision.content }, actor);
}

const toParts = (changes: ReturnType<typeof diffWordsWithSpace>) =>
  changes.map((change) => ({ value: change.value, added: change.added === true, removed: change.removed === true }));

const countWordsIn = (parts: ReadonlyArray<{ value: string }>): number =>
  parts.reduce((sum, part) => sum + (part.value.match(/[\p{Script=Han}]|[^\s\p{Script=Han}]+/gu)?.length ?? 0), 0);

/** Word-level differences between two revisions of the same article (title and body text). */
export async function diffVersions(ws: Workspace, fromId: string, toId: string): Promise<ArticleDiff> {
  const [from, to] = [await getVersion(ws, fromId), await getVersion(ws, toId)];
  if (from.articleId !== to.articleId) throw new GleanerError('E_VALIDATION', 'Both versions must belong to the same article.');
  const body = toParts(diffWordsWithSpace(from.text, to.text));
  const strip = ({ content: _c, text: _t, ...rest }: typeof from) => rest;
  return {
    from: strip(from),
    to: strip(to),
    title: toParts(diffWordsWithSpace(from.title, to.title)),
    body,
    added: countWordsIn(body.filter((part) => part.added)),
    removed: countWordsIn(body.filter((part) => part.removed)),
  };
}
