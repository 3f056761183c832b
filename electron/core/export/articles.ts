import type { Article } from '../../../shared/domain/article';
import type { LifecycleState } from '../../../shared/domain/lifecycle';
import { lexicalToHtml, lexicalToMarkdown } from '../articles/convert';
import { listArticles } from '../articles/list';
import { getArticle } from '../articles/store';
import type { Workspace } from '../workspace/workspace';
import type { ExportArticle } from './types';

export interface ArticleSelection {
  articleIds?: readonly string[];
  /** Export drafts and articles in review too (default: only approved and published ones). */
  includeUnapproved?: boolean;
}

/** What an export sends unless told otherwise: reviewed content only (a published article flagged for review waits). */
export const exportsByDefault = (state: LifecycleState): boolean => state === 'approved' || state === 'published';

/** Where an article without a category is filed, in its own language. */
const DEFAULT_CATEGORY: Record<string, string> = { en: 'General', 'zh-CN': '常规' };

export function toExportArticle(article: Article, translationOf: string | null): ExportArticle {
  const fallback = DEFAULT_CATEGORY[article.language] ?? 'General';
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    language: article.language,
    category: article.category || fallback,
    section: article.section || article.category || fallback,
    tags: article.tags,
    summary: article.text.replace(/\s+/g, ' ').trim().slice(0, 200),
    // Sanitized once, by runExport, before any sink sees it.
    html: lexicalToHtml(article.content),
    markdown: lexicalToMarkdown(article.content),
    updatedAt: article.updatedAt,
    translationOf,
  };
}

/** The articles an export sends: approved ones by default, never archived ones; a translation keeps its link only if its source goes too. */
export async function loadExportArticles(ws: Workspace, selection: ArticleSelection = {}): Promise<ExportArticle[]> {
  const summaries = (await listArticles(ws)).filter(
    (a) =>
      a.state !== 'archived' &&
      (selection.includeUnapproved || exportsByDefault(a.state)) &&
      (!selection.articleIds || selection.articleIds.includes(a.id)),
  );
  const chosen = new Set(summaries.map((a) => a.id));
  const articles: ExportArticle[] = [];
  for (const summary of summaries) {
    const article = await getArticle(ws, summary.id);
    articles.push(toExportArticle(article, article.translationOf && chosen.has(article.translationOf) ? article.translationOf : null));
  }
  return articles;
}
