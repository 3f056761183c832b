import { open, readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot } from 'lexical';
import { slugify, type Article, type ImportReport, type LexicalState } from '../../../../shared/domain/article';
import { GleanerError } from '../../../../shared/errors';
import { sizeAgainstLimit } from '../../../../shared/text/size';
import type { Workspace } from '../../workspace/workspace';
import { editorWithState } from '../convert/editor';
import { htmlToLexical } from '../convert/html';
import { markdownToLexical } from '../convert/markdown';
import { recordFirstRevisions } from '../revisions';
import { newArticle, writeArticles, type Actor } from '../store';
import { DuplicateIndex } from './duplicates';
import { parseFrontMatter, type FrontMatter } from './front-matter';

export const MAX_IMPORT_FILE_BYTES = 2 * 1024 * 1024;
const BATCH = 100;
const EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm']);

/** Every importable file under `dir`, sorted, skipping hidden folders and symlinks. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
    }
  };
  await walk(dir);
  return out.sort();
}

async function readCapped(path: string): Promise<string> {
  const size = (await stat(path)).size;
  if (size > MAX_IMPORT_FILE_BYTES) {
    const sizes = sizeAgainstLimit(size, MAX_IMPORT_FILE_BYTES);
    throw new Error(`the file is ${sizes.size}; the limit is ${sizes.limit}`);
  }
  const handle = await open(path, 'r');
  try {
    return (await handle.readFile()).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The first heading's text: a file without a title in front matter is usually titled by its H1. */
function firstHeading(content: LexicalState): string | undefined {
  return editorWithState(content)
    .getEditorState()
    .read(() => $getRoot().getChildren().find($isHeadingNode)?.getTextContent().trim());
}

interface Parsed {
  meta: FrontMatter;
  content: LexicalState;
}

function parseFile(path: string, source: string): Parsed {
  if (/\.html?$/i.test(path)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(source)?.[1]?.trim();
    const lang = /<html[^>]*\blang=["']?([\w-]+)/i.exec(source)?.[1];
    return { meta: { title: title || undefined, language: lang && /^zh/i.test(lang) ? 'zh-CN' : undefined }, content: htmlToLexical(source) };
  }
  const { meta, body } = parseFrontMatter(source);
  return { meta, content: markdownToLexical(body) };
}

export type ImportProgress = (done: number, total: number, phase: string) => void;

/**
 * Imports a folder of Markdown (YAML front matter) and HTML files as draft articles. Files that
 * match an existing or earlier article (slug, title or near-identical text) are reported, not added;
 * a bad file is reported and skipped. Articles are written in batches.
 */
export async function importArticlesFolder(ws: Workspace, dir: string, actor: Actor, progress: ImportProgress = () => {}, signal?: AbortSignal): Promise<ImportReport> {
  const files = await listFiles(dir).catch((error: Error) => {
    throw new GleanerError('E_IO', `Cannot read the folder ${dir}: ${error.message}`);
  });
  const existing = (await (await ws.table('articles')).query().select(['id', 'slug', 'title', 'text']).toArray()) as Array<{ id: string; slug: string; title: string; text: string }>;
  const index = new DuplicateIndex(existing);
  const slugs = new Set(existing.map((row) => row.slug));
  const report: ImportReport = { created: [], duplicates: [], failed: [] };
  const pending: Array<{ article: Article; translationOf?: string }> = [];
  const reviewDays = ws.settings().reviewIntervalDays;

  for (const [i, path] of files.entries()) {
    if (signal?.aborted) throw new GleanerError('E_CANCELLED', 'The import was cancelled.');
    const file = relative(dir, path);
    progress(i, files.length, 'read');
    try {
      const { meta, content } = parseFile(path, await readCapped(path));
      const title = (meta.title ?? firstHeading(content) ?? file.replace(/\.[^.]+$/, '')).slice(0, 200);
      const slug = slugify(meta.slug ?? title);
      const article = newArticle({ ...meta, title, slug, content, translationOf: undefined }, actor, slug, reviewDays);
      const duplicate = index.find(article);
      if (duplicate) {
        report.duplicates.push({ file, title, existingId: duplicate.id, reason: duplicate.reason });
        continue;
      }
      slugs.add(slug);
      index.add(article);
      pending.push({ article, translationOf: meta.translationOf });
      report.created.push({ id: article.id, title, file });
    } catch (error) {
      report.failed.push({ file, message: (error as Error).message });
    }
  }
  await linkTranslations(ws, pending);
  for (let start = 0; start < pending.length; start += BATCH) {
    const batch = pending.slice(start, start + BATCH).map((p) => p.article);
    progress(start, pending.length, 'write');
    await writeArticles(ws, batch);
    await recordFirstRevisions(ws, batch, 'import', actor);
  }
  progress(files.length, files.length, 'done');
  return report;
}

/** `translation_of: <slug or title>` in front matter links to an article of this import or an existing one. */
async function linkTranslations(ws: Workspace, pending: Array<{ article: Article; translationOf?: string }>): Promise<void> {
  const existing = (await (await ws.table('articles')).query().select(['id', 'slug', 'title']).toArray()) as Array<{ id: string; slug: string; title: string }>;
  const candidates = [...existing, ...pending.map((p) => p.article)];
  for (const item of pending) {
    if (!item.translationOf) continue;
    const wanted = slugify(item.translationOf);
    const target = candidates.find((c) => c.slug === wanted || slugify(c.title) === wanted);
    if (target && target.id !== item.article.id) item.article.translationOf = target.id;
  }
}
