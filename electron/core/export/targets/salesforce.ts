import { mkdir, writeFile } from 'node:fs/promises';
import { GleanerError } from '../../../../shared/errors';
import { insideRoot, safeSlug } from '../paths';
import { mediaNames, rewriteMedia, type MediaLoader } from '../media';
import type { ExportArticle, ExportSink } from '../types';
import { zipFiles } from '../zip';
import { ARTICLE_NUMBERS_FILE, articleNumbersCsv, formatSalesforceId, parseSalesforceId, readArticleNumbers } from './salesforce-numbers';

/** Salesforce Knowledge locales use underscores: en_US, zh_CN. */
export const salesforceLocale = (language: string): string => (language === 'en' ? 'en_US' : language.replace('-', '_'));

const csvCell = (value: string): string => `"${value.replace(/"/g, '""')}"`;

export const SALESFORCE_PROPERTIES = [
  '# Knowledge article import settings',
  'DateFormat=yyyy-MM-dd',
  'DateTimeFormat=yyyy-MM-dd HH:mm:ss',
  'CSVEncoding=UTF8',
  'CSVSeparator=,',
  'RTAEncoding=UTF8',
  '',
].join('\n');

/** One line of articles.csv. */
interface Row {
  article: ExportArticle;
  urlName: string;
  /** Set when the article is already in Salesforce: the import then updates it instead of creating another. */
  articleNumber: string | null;
  /** The source-language article's locale, for a translation. */
  masterLocale: string | null;
}

const missingNumber = (urlName: string): GleanerError =>
  new GleanerError(
    'E_VALIDATION',
    `Salesforce gives an article its number when it is imported, and the number of "${urlName}" is not recorded yet, so this change would be imported as a second article. Fill in its ArticleNumber in ${ARTICLE_NUMBERS_FILE} in the export folder (Salesforce shows it beside the URL name in the Knowledge list view or a report), then export again.`,
  );

/**
 * Files for Salesforce Knowledge's article importer (Setup → Import Articles): articles.csv, import.properties and
 * the HTML bodies in data/, zipped as knowledge-import.zip. Only articles new or changed since the last export are
 * in it. A row with an ArticleNumber updates that article; the import cannot be told to match on anything Gleaner
 * knows before the first import, so the numbers Salesforce assigns come back through article-numbers.csv (see
 * salesforce-numbers.ts) and are kept in the mapping. A change to an article whose number is not known fails with
 * a reason rather than going into the file, where it would become a duplicate.
 */
export function createSalesforceSink(outDir: string, media?: MediaLoader): ExportSink {
  const htmlPath = (a: ExportArticle) => `data/${safeSlug(a.slug)}-${salesforceLocale(a.language)}.html`;
  let byId = new Map<string, ExportArticle>();
  let numbers = new Map<string, string>();
  const rows = new Map<string, Row>();

  const masterOf = (article: ExportArticle): ExportArticle | undefined => (article.translationOf ? byId.get(article.translationOf) : undefined);
  /** The UrlName a row goes by: the one it was first exported with, else its source-language article's slug. */
  const urlNameOf = (article: ExportArticle, stored: string | null): string => {
    if (stored) return stored;
    const master = masterOf(article);
    const masterRow = master && rows.get(master.id);
    return masterRow?.urlName ?? safeSlug((master ?? article).slug);
  };

  const stage = (article: ExportArticle, externalId: string | null, parentExternalId: string | null, update: boolean): string => {
    const stored = externalId ? parseSalesforceId(externalId) : null;
    const parent = parentExternalId ? parseSalesforceId(parentExternalId) : null;
    const urlName = urlNameOf(article, stored?.urlName ?? parent?.urlName ?? null);
    const master = masterOf(article);
    // A translation shares its source-language article's number; a source article created in this same file needs none.
    const articleNumber = stored?.articleNumber ?? parent?.articleNumber ?? numbers.get(urlName) ?? (master ? rows.get(master.id)?.articleNumber : null) ?? null;
    const masterInFile = master !== undefined && rows.has(master.id) && rows.get(master.id)?.articleNumber === null;
    if (!articleNumber && (update || (master !== undefined && !masterInFile))) throw missingNumber(urlName);
    const locale = salesforceLocale(article.language);
    rows.set(article.id, { article, urlName, articleNumber, masterLocale: master ? salesforceLocale(master.language) : null });
    return formatSalesforceId({ urlName, locale, articleNumber });
  };

  /** The rows to write, each translation after its source-language article (added, unchanged, when only the translation changed). */
  const orderedRows = (): Row[] => {
    const ordered: Row[] = [];
    const masters = new Map<string, Row>();
    for (const row of rows.values()) {
      const master = masterOf(row.article);
      if (!master) masters.set(row.article.id, row);
      else if (!masters.has(master.id)) masters.set(master.id, rows.get(master.id) ?? { article: master, urlName: row.urlName, articleNumber: row.articleNumber, masterLocale: null });
    }
    for (const masterRow of masters.values()) {
      ordered.push(masterRow);
      for (const row of rows.values()) if (row.article.translationOf === masterRow.article.id) ordered.push(row);
    }
    return ordered;
  };

  return {
    destination: outDir,
    entry: insideRoot(outDir, 'knowledge-import.zip'),
    writesInFinish: true,
    async begin(all) {
      byId = new Map(all.map((a) => [a.id, a]));
      numbers = await readArticleNumbers(outDir);
      rows.clear();
    },
    create: async (article, parent) => stage(article, null, parent, false),
    update: async (id, article, parent) => stage(article, id, parent, true),
    async finish(all) {
      const ordered = orderedRows();
      const withNumbers = ordered.some((r) => r.articleNumber);
      // Salesforce refuses IsMasterLanguage in a file without translations.
      const withTranslations = ordered.some((r) => r.masterLocale);
      const header = [
        ...(withNumbers ? ['ArticleNumber'] : []),
        'Title',
        'Summary',
        'UrlName',
        'Language',
        ...(withTranslations ? ['IsMasterLanguage', 'ArticleMasterLanguage'] : []),
        'channels',
        'datacategorygroup.Topics',
        'Answer__c',
      ];
      const lines = [header.join(',')];
      const files: Array<{ name: string; data: Uint8Array }> = [];
      for (const { article, urlName, articleNumber, masterLocale } of ordered) {
        lines.push(
          [
            ...(withNumbers ? [csvCell(articleNumber ?? '')] : []),
            csvCell(article.title),
            csvCell(article.summary),
            csvCell(urlName),
            csvCell(salesforceLocale(article.language)),
            ...(withTranslations ? [masterLocale ? '0' : '1', csvCell(masterLocale ?? '')] : []),
            csvCell('application+sites+csp'),
            csvCell(safeSlug(article.category || 'general').replace(/-/g, '_')),
            csvCell(htmlPath(article)),
          ].join(','),
        );
        const body = rewriteMedia(article.html, (name) => `images/${name}`);
        files.push({ name: htmlPath(article), data: Buffer.from(`<html><body>${body}</body></html>`, 'utf8') });
        for (const name of mediaNames(article.html)) {
          if (media && !files.some((f) => f.name === `data/images/${name}`)) files.push({ name: `data/images/${name}`, data: await media(name) });
        }
      }
      for (const row of ordered) if (row.articleNumber) numbers.set(row.urlName, row.articleNumber);
      const sources = all.filter((a) => !a.translationOf).map((a) => ({ urlName: rows.get(a.id)?.urlName ?? safeSlug(a.slug), title: a.title }));
      const listed = new Set(sources.map((s) => s.urlName));
      // Numbers recorded for articles no longer exported stay, so nothing the user typed is lost.
      for (const urlName of numbers.keys()) if (!listed.has(urlName)) sources.push({ urlName, title: '' });
      const csv = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
      const properties = Buffer.from(SALESFORCE_PROPERTIES, 'utf8');
      await mkdir(insideRoot(outDir, 'data', 'images'), { recursive: true });
      await writeFile(insideRoot(outDir, 'articles.csv'), csv);
      await writeFile(insideRoot(outDir, 'import.properties'), properties);
      await writeFile(insideRoot(outDir, ARTICLE_NUMBERS_FILE), articleNumbersCsv(sources.map((s) => ({ ...s, articleNumber: numbers.get(s.urlName) ?? null }))));
      for (const file of files) await writeFile(insideRoot(outDir, file.name), file.data);
      await writeFile(
        insideRoot(outDir, 'knowledge-import.zip'),
        zipFiles([{ name: 'articles.csv', data: csv }, { name: 'import.properties', data: properties }, ...files]),
      );
    },
  };
}
