import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileExists, insideRoot, safeSlug } from '../../paths';
import { copyMedia, rewriteMedia, type MediaLoader } from '../../media';
import type { ExportArticle, ExportSink } from '../../types';
import { SEARCH_JS, SITE_CSS } from './assets';
import { escapeHtml } from './escape';

const LABELS: Record<string, { home: string; search: string; noResults: string; updated: string; other: string; lang: string }> = {
  en: { home: 'Help Center', search: 'Search articles', noResults: 'No article matches.', updated: 'Updated', other: '中文', lang: 'English' },
  'zh-CN': { home: '帮助中心', search: '搜索文章', noResults: '没有匹配的文章。', updated: '更新于', other: 'English', lang: '中文' },
};
const labels = (language: string) => LABELS[language] ?? LABELS.en!;
const otherLanguage = (language: string): string => (language === 'en' ? 'zh-CN' : 'en');

export const articleHref = (a: ExportArticle): string => `${safeSlug(a.category || 'general')}/${safeSlug(a.slug)}.html`;

interface PageOptions {
  language: string;
  title: string;
  depth: number;
  body: string;
  otherHref: string;
}

function page({ language, title, depth, body, otherHref }: PageOptions): string {
  const root = depth === 0 ? './' : '../'.repeat(depth);
  const l = labels(language);
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(l.home)}</title>
<link rel="stylesheet" href="${root}../assets/site.css">
</head>
<body data-root="${root}">
<header><a class="home" href="${root}index.html">${escapeHtml(l.home)}</a><nav><a href="${escapeHtml(otherHref)}" hreflang="${otherLanguage(language)}">${escapeHtml(l.other)}</a></nav></header>
<main>
${body}
</main>
<script src="${root}../assets/search-index.js"></script>
<script src="${root}../assets/search.js"></script>
</body>
</html>
`;
}

const searchBox = (language: string) =>
  `<div class="search"><input id="q" type="search" placeholder="${escapeHtml(labels(language).search)}" aria-label="${escapeHtml(labels(language).search)}"><ul id="results" class="results" aria-live="polite" data-empty="${escapeHtml(labels(language).noResults)}"></ul></div>`;

const plainText = (html: string): string => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

/** A static help center that opens from disk: home and category pages per language, articles, client-side search. */
export function createHtmlSiteSink(outDir: string, media?: MediaLoader): ExportSink {
  const writeRelative = async (relative: string, content: string): Promise<void> => {
    const path = insideRoot(outDir, relative);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  };

  const writeArticle = async (article: ExportArticle, translation: ExportArticle | undefined): Promise<string> => {
    const href = articleHref(article);
    await copyMedia(media, article.html, outDir, 'assets/media');
    const other = otherLanguage(article.language);
    const body = `<p class="crumbs"><a href="../index.html">${escapeHtml(labels(article.language).home)}</a> › <a href="index.html">${escapeHtml(article.category || 'General')}</a></p>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p class="updated">${escapeHtml(labels(article.language).updated)} <time datetime="${escapeHtml(article.updatedAt)}">${escapeHtml(article.updatedAt.slice(0, 10))}</time></p>
${rewriteMedia(article.html, (name) => `../../assets/media/${name}`)}
</article>`;
    const otherHref = translation ? `../../${other}/${articleHref(translation)}` : `../../${other}/index.html`;
    await writeRelative(`${article.language}/${href}`, page({ language: article.language, title: article.title, depth: 1, body, otherHref }));
    return `${article.language}/${href}`;
  };

  const translations = new Map<string, ExportArticle>();
  const translationOf = (article: ExportArticle): ExportArticle | undefined => translations.get(article.id);

  return {
    destination: outDir,
    entry: insideRoot(outDir, 'index.html'),
    exists: (relative) => fileExists(outDir, relative),
    create: (article) => writeArticle(article, translationOf(article)),
    update: (_id, article) => writeArticle(article, translationOf(article)),
    async begin(all) {
      const byId = new Map(all.map((a) => [a.id, a]));
      for (const article of all) {
        const source = article.translationOf ? byId.get(article.translationOf) : undefined;
        if (source) {
          translations.set(source.id, article);
          translations.set(article.id, source);
        }
      }
    },
    async finish(all) {
      const languages = [...new Set(['en', ...all.map((a) => a.language)])];
      for (const language of languages) {
        const articles = all.filter((a) => a.language === language).sort((a, b) => a.title.localeCompare(b.title, language));
        const categories = new Map<string, ExportArticle[]>();
        for (const a of articles) categories.set(a.category || 'General', [...(categories.get(a.category || 'General') ?? []), a]);
        const sections = [...categories.entries()]
          .sort(([a], [b]) => a.localeCompare(b, language))
          .map(([name, list]) => `<section><h2><a href="${safeSlug(name)}/index.html">${escapeHtml(name)}</a></h2><ul class="list">${list.map((a) => `<li><a href="${articleHref(a)}">${escapeHtml(a.title)}</a></li>`).join('')}</ul></section>`)
          .join('\n');
        const other = otherLanguage(language);
        await writeRelative(`${language}/index.html`, page({ language, title: labels(language).home, depth: 0, body: `<h1>${escapeHtml(labels(language).home)}</h1>\n${searchBox(language)}\n${sections}`, otherHref: `../${other}/index.html` }));
        for (const [name, list] of categories) {
          const body = `<p class="crumbs"><a href="../index.html">${escapeHtml(labels(language).home)}</a></p><h1>${escapeHtml(name)}</h1>${searchBox(language)}<ul class="list">${list.map((a) => `<li><a href="${safeSlug(a.slug)}.html">${escapeHtml(a.title)}</a></li>`).join('')}</ul>`;
          await writeRelative(`${language}/${safeSlug(name)}/index.html`, page({ language, title: name, depth: 1, body, otherHref: `../../${other}/index.html` }));
        }
      }
      const index = all.map((a) => ({ lang: a.language, title: a.title, href: articleHref(a), text: plainText(a.html).slice(0, 2000) }));
      await writeRelative('assets/search-index.js', `window.GLEANER_INDEX = ${JSON.stringify(index).replace(/</g, '\\u003c')};\n`);
      await writeRelative('assets/search.js', SEARCH_JS);
      await writeRelative('assets/site.css', SITE_CSS);
      await writeRelative(
        'index.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=en/index.html"><title>Help Center</title></head><body><a href="en/index.html">English</a> · <a href="zh-CN/index.html">中文</a></body></html>\n`,
      );
    },
  };
}
