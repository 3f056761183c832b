import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, posix } from 'node:path';
import { stringify } from 'yaml';
import { insideRoot, safeLanguage, safeSlug } from '../paths';
import type { ExportArticle } from '../types';

/**
 * MkDocs' layout, for the mkdocs-static-i18n plugin's "suffix" structure: `docs/<category>/<slug>.md` in the default
 * language (en), a translation beside the article it translates as `<slug>.<locale>.md`, a home page per language,
 * and an `mkdocs.yml` whose nav lists categories and articles.
 */

const DEFAULT_LANGUAGE = 'en';
/** The languages mkdocs.yml always configures (the app's two), in the plugin's locale codes. */
const LANGUAGES: ReadonlyArray<{ locale: string; name: string; home: string; site: string }> = [
  { locale: 'en', name: 'English', home: 'Home', site: 'Help Center' },
  { locale: 'zh', name: '中文', home: '首页', site: '帮助中心' },
];
/** Marks the files this layout generates, so that only those are ever rewritten or removed. */
const MARKER = "Written by Gleaner's Markdown export (MkDocs layout); each export rewrites it.";

/** mkdocs-static-i18n's locale for an article language: 'zh-CN' -> 'zh'; anything but a language tag is refused. */
export const mkdocsLocale = (language: string): string => safeLanguage(language).split('-')[0]!.toLowerCase();

const isDefault = (article: ExportArticle): boolean => mkdocsLocale(article.language) === DEFAULT_LANGUAGE;
const withLocale = (base: string, locale: string): string => (locale === DEFAULT_LANGUAGE ? `${base}.md` : `${base}.${locale}.md`);

/** `docs/<category>/<slug>.md`; a translation takes its source's category and slug, so the plugin pairs the two. */
export function mkdocsPath(article: ExportArticle, source: ExportArticle | undefined): string {
  const named = source && isDefault(source) && !isDefault(article) ? source : article;
  return `docs/${withLocale(`${safeSlug(named.category || 'general')}/${safeSlug(named.slug)}`, mkdocsLocale(article.language))}`;
}

export function mkdocsDocument(article: ExportArticle): string {
  const front = stringify({
    title: article.title,
    ...(article.summary && { description: article.summary }),
    ...(article.tags.length > 0 && { tags: [...article.tags] }),
  });
  return `---\n${front}---\n\n${article.markdown.trim()}\n`;
}

/**
 * Writes a generated file only when its content differs, so a repeated export touches nothing. A file there that
 * this layout did not write (the user's own mkdocs.yml or home page) is never overwritten: it is kept, and ours is
 * written under `beside` when there is one (for the user to merge the nav), or not at all.
 */
async function writeIfChanged(outDir: string, relative: string, content: string, beside?: string): Promise<void> {
  const path = insideRoot(outDir, relative);
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current === content) return;
  if (current !== null && !current.includes(MARKER)) {
    if (beside) await writeIfChanged(outDir, beside, content);
    return;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

async function removeIfGenerated(outDir: string, relative: string): Promise<void> {
  const path = insideRoot(outDir, relative);
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current?.includes(MARKER)) await rm(path, { force: true });
}

/** Where the generated config goes when the folder holds a mkdocs.yml of the user's own. */
const CONFIG_BESIDE = 'mkdocs.gleaner.yml';

const homePath = (locale: string): string => `docs/${withLocale('index', locale)}`;

/** Removes what this layout generated (after a switch to another layout); files without the marker stay. */
export async function removeMkdocsFiles(outDir: string): Promise<void> {
  await removeIfGenerated(outDir, 'mkdocs.yml');
  await removeIfGenerated(outDir, CONFIG_BESIDE);
  for (const { locale } of LANGUAGES) await removeIfGenerated(outDir, homePath(locale));
}

const byTitle = (locale: string) => (a: ExportArticle, b: ExportArticle) => a.title.localeCompare(b.title, locale);

/** Articles by category name, categories and articles in alphabetical order. */
function byCategory(articles: readonly ExportArticle[], locale: string): Array<[string, ExportArticle[]]> {
  const groups = new Map<string, ExportArticle[]>();
  for (const a of [...articles].sort(byTitle(locale))) groups.set(a.category, [...(groups.get(a.category) ?? []), a]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, locale));
}

/** Inside `docs/`, where the nav and the home pages point. */
const docsRelative = (path: string): string => posix.relative('docs', path);

function homePage(locale: string, title: string, groups: Array<[string, ExportArticle[]]>, pathOf: (a: ExportArticle) => string): string {
  const sections = groups.map(([category, list]) => `## ${category}\n\n${list.map((a) => `- [${a.title.replace(/([[\]])/g, '\\$1')}](${docsRelative(pathOf(a))})`).join('\n')}\n`);
  return `---\n${stringify({ title })}---\n\n<!-- ${MARKER} -->\n\n${sections.join('\n')}`;
}

/**
 * `mkdocs.yml` and a home page per language. The nav names source-language files; the plugin swaps in each
 * translation, and `nav_translations` names the categories in the other language. An article with no source-language
 * version is left out of the nav (the default build has no such page) and listed on its language's home page.
 */
export async function writeMkdocsFiles(outDir: string, all: readonly ExportArticle[]): Promise<void> {
  const byId = new Map(all.map((a) => [a.id, a]));
  const sourceOf = (a: ExportArticle) => (a.translationOf ? byId.get(a.translationOf) : undefined);
  const pathOf = (a: ExportArticle) => mkdocsPath(a, sourceOf(a));
  const defaults = all.filter(isDefault);
  const groups = byCategory(defaults, DEFAULT_LANGUAGE);
  const main = LANGUAGES[0]!;
  const nav = [{ [main.home]: 'index.md' }, ...groups.map(([category, list]) => ({ [category]: list.map((a) => docsRelative(pathOf(a))) }))];

  const languages = [];
  for (const language of LANGUAGES) {
    const own = all.filter((a) => mkdocsLocale(a.language) === language.locale);
    const navTranslations: Record<string, string> = language === main ? {} : { [main.home]: language.home };
    for (const a of own) {
      const source = sourceOf(a);
      if (language !== main && source && isDefault(source) && source.category !== a.category) navTranslations[source.category] = a.category;
    }
    languages.push({
      locale: language.locale,
      name: language.name,
      ...(language === main && { default: true }),
      build: true,
      site_name: language.site,
      ...(Object.keys(navTranslations).length > 0 && { nav_translations: navTranslations }),
    });
    if (language === main || own.length > 0) await writeIfChanged(outDir, homePath(language.locale), homePage(language.locale, language.site, byCategory(own, language.locale), pathOf));
    else await removeIfGenerated(outDir, homePath(language.locale));
  }

  const config = {
    site_name: main.site,
    docs_dir: 'docs',
    nav,
    plugins: ['search', { i18n: { docs_structure: 'suffix', fallback_to_default: true, languages } }],
  };
  await writeIfChanged(outDir, 'mkdocs.yml', `# ${MARKER}\n${stringify(config)}`, CONFIG_BESIDE);
}
