import { getArticle, readSummaryRows, setArticleState, writeArticles } from '../articles/store';
import type { Workspace } from '../workspace/workspace';
import { ISSUES } from './issues';
import { DAY_MS } from './schedule';
import type { SeedArticle } from './types';

/**
 * The seed articles of issues planted as published (`IssueTemplate.published`) go live, dated back to
 * their publication, so the demo can answer "did it help". Only drafts are published: a rebuild, or a
 * user's later changes, are left alone.
 */
export async function publishSeedArticles(ws: Workspace, seeds: readonly SeedArticle[], now: number, actor: { id: string }): Promise<string[]> {
  const bySlug = new Map((await readSummaryRows(ws)).map((row) => [row.slug, row]));
  const published: string[] = [];
  for (const seed of seeds) {
    const plan = ISSUES.find((issue) => issue.key === seed.issueKey)?.published;
    const row = bySlug.get(seed.slug);
    if (!plan || !row || row.state !== 'draft') continue;
    await setArticleState(ws, row.id, 'published', actor);
    const at = new Date(now - plan.daysAgo * DAY_MS).toISOString();
    await writeArticles(ws, [{ ...(await getArticle(ws, row.id)), updatedAt: at }]);
    published.push(row.id);
  }
  return published;
}
