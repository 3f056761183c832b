import createDOMPurify from 'dompurify';
import { addSanitizeHooks, SANITIZE_CONFIG } from '../../../shared/lexical/sanitize-policy';
import { domWindow } from '../articles/convert/dom';
import type { ExportArticle } from './types';

type Purifier = ReturnType<typeof createDOMPurify>;
let purifier: Purifier | undefined;

/**
 * The shared policy (shared/lexical/sanitize-policy.ts: the editor's and the importer's), without
 * inline styles: they only carry the editor's spacing, and a help center styles articles itself.
 */
export const EXPORT_SANITIZE_CONFIG = { ...SANITIZE_CONFIG, FORBID_ATTR: [...SANITIZE_CONFIG.FORBID_ATTR, 'style'] };

export function sanitizeExportHtml(html: string): string {
  if (!purifier) {
    purifier = createDOMPurify(domWindow() as unknown as Parameters<typeof createDOMPurify>[0]);
    addSanitizeHooks(purifier as unknown as Parameters<typeof addSanitizeHooks>[0]);
  }
  return purifier.sanitize(html, EXPORT_SANITIZE_CONFIG);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();

/** Every target shows the title itself: a body that opens with the same title as a heading would show it twice. */
export function withoutLeadingTitle(html: string, title: string): string {
  const match = /^\s*<h1(?:\s[^>]*)?>([\s\S]*?)<\/h1>/.exec(html);
  return match && textOf(match[1]!) === title.replace(/\s+/g, ' ').trim() ? html.slice(match[0].length).trimStart() : html;
}

/** The one place export HTML is sanitized: every sink, the content hash and the search index see this HTML. */
export const sanitizeArticles = (articles: readonly ExportArticle[]): ExportArticle[] =>
  articles.map((article) => ({ ...article, html: withoutLeadingTitle(sanitizeExportHtml(article.html), article.title) }));
