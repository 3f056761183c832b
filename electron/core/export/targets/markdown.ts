import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, posix } from 'node:path';
import { stringify } from 'yaml';
import { DEFAULT_MARKDOWN_LAYOUT, type MarkdownLayout } from '../../../../shared/domain/export';
import { fileExists, insideRoot, safeLanguage, safeSlug } from '../paths';
import { copyMedia, rewriteMedia, type MediaLoader } from '../media';
import type { ExportArticle, ExportSink } from '../types';
import { mkdocsDocument, mkdocsPath, removeMkdocsFiles, writeMkdocsFiles } from './mkdocs';

/**
 * Docusaurus' layout: `docs/<category>/<slug>.md` with YAML front matter, translations in its i18n layout
 * (`i18n/<locale>/docusaurus-plugin-content-docs/current/...`).
 */
export function markdownPath(article: ExportArticle, sourceLanguage = 'en'): string {
  const file = `${safeSlug(article.category || 'general')}/${safeSlug(article.slug)}.md`;
  return article.language === sourceLanguage ? `docs/${file}` : `i18n/${safeLanguage(article.language)}/docusaurus-plugin-content-docs/current/${file}`;
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

/** What a layout decides: where an article goes, what its file says, and the files that go with the whole set. */
interface Layout {
  path(article: ExportArticle, source: ExportArticle | undefined): string;
  document(article: ExportArticle): string;
  /** Part of the content hash; '' keeps the hashes of exports from before layouts (all Docusaurus). */
  shape(article: ExportArticle, source: ExportArticle | undefined): string;
  finish(outDir: string, all: readonly ExportArticle[]): Promise<void>;
}

const LAYOUTS: Record<MarkdownLayout, Layout> = {
  docusaurus: {
    path: (article) => markdownPath(article),
    document: markdownDocument,
    shape: () => '',
    // A folder that had the MkDocs layout before keeps no mkdocs.yml or home pages that Docusaurus would list as docs.
    finish: (outDir) => removeMkdocsFiles(outDir),
  },
  mkdocs: {
    path: mkdocsPath,
    document: mkdocsDocument,
    shape: (article, source) => `mkdocs:${mkdocsPath(article, source)}`,
    finish: writeMkdocsFiles,
  },
};

/**
 * A docs folder in Docusaurus' or MkDocs' layout. Images go to `assets/` at the root of the file's docs tree (`docs/`
 * or the locale's `current/`), linked relatively. An article whose path changed (renamed, recategorized, another
 * layout) leaves no copy at the old path, unless another article of this export now lives there.
 */
export function createMarkdownSink(outDir: string, media?: MediaLoader, layoutName: MarkdownLayout = DEFAULT_MARKDOWN_LAYOUT): ExportSink {
  const layout = LAYOUTS[layoutName];
  const byId = new Map<string, ExportArticle>();
  const pathOf = (article: ExportArticle): string => layout.path(article, article.translationOf ? byId.get(article.translationOf) : undefined);
  const claimed = (): Set<string> => new Set([...byId.values()].map(pathOf));

  const write = async (article: ExportArticle): Promise<string> => {
    const relative = pathOf(article);
    const path = insideRoot(outDir, relative);
    await mkdir(dirname(path), { recursive: true });
    await copyMedia(media, article.markdown, outDir, posix.join(posix.dirname(posix.dirname(relative)), 'assets'));
    await writeFile(path, layout.document({ ...article, markdown: rewriteMedia(article.markdown, (name) => `../assets/${name}`) }));
    return relative;
  };
  const removeStale = async (previous: string, current: string): Promise<void> => {
    if (previous === current || !previous.endsWith('.md') || claimed().has(previous)) return;
    await rm(insideRoot(outDir, previous), { force: true });
  };

  return {
    destination: outDir,
    entry: outDir,
    layout: layoutName,
    shape: (article, source) => layout.shape(article, source),
    exists: (relative) => fileExists(outDir, relative),
    async begin(all) {
      for (const article of all) byId.set(article.id, article);
    },
    create: (article) => write(article),
    async update(previous, article) {
      const relative = await write(article);
      await removeStale(previous, relative);
      return relative;
    },
    finish: (all) => layout.finish(outDir, all),
  };
}
