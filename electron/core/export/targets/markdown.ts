import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, posix } from 'node:path';
import { stringify } from 'yaml';
import { fileExists, insideRoot, safeSlug } from '../paths';
import { copyMedia, rewriteMedia, type MediaLoader } from '../media';
import type { ExportArticle, ExportSink } from '../types';

/**
 * A docs folder that Docusaurus and MkDocs read: `docs/<category>/<slug>.md` with YAML front matter,
 * translations in Docusaurus' i18n layout (`i18n/<locale>/docusaurus-plugin-content-docs/current/...`).
 */
export function markdownPath(article: ExportArticle, sourceLanguage = 'en'): string {
  const file = `${safeSlug(article.category || 'general')}/${safeSlug(article.slug)}.md`;
  return article.language === sourceLanguage ? `docs/${file}` : `i18n/${article.language}/docusaurus-plugin-content-docs/current/${file}`;
}

export function markdownDocument(article: ExportArticle): string {
  const front = stringify({
    id: safeSlug(article.slug),
    title: article.title,
    slug: `/${safeSlug(article.category || 'general')}/${safeSlug(article.slug)}`,
    description: article.summary,
    tags: [...article.tags],
    last_update: { date: article.updatedAt.slice(0, 10) },
  });
  return `---\n${front}---\n\n${article.markdown.trim()}\n`;
}

/** Images go to `assets/` at the root of the file's docs tree (`docs/` or the locale's `current/`), linked relatively. */
export function createMarkdownSink(outDir: string, media?: MediaLoader): ExportSink {
  const write = async (article: ExportArticle): Promise<string> => {
    const relative = markdownPath(article);
    const path = insideRoot(outDir, relative);
    await mkdir(dirname(path), { recursive: true });
    await copyMedia(media, article.markdown, outDir, posix.join(posix.dirname(posix.dirname(relative)), 'assets'));
    await writeFile(path, markdownDocument({ ...article, markdown: rewriteMedia(article.markdown, (name) => `../assets/${name}`) }));
    return relative;
  };
  return {
    destination: outDir,
    entry: outDir,
    exists: (relative) => fileExists(outDir, relative),
    create: (article) => write(article),
    update: (_externalId, article) => write(article),
  };
}
