import { mkdir, writeFile } from 'node:fs/promises';
import { insideRoot, safeSlug } from '../paths';
import { mediaNames, rewriteMedia, type MediaLoader } from '../media';
import type { ExportArticle, ExportSink } from '../types';
import { zipFiles } from '../zip';

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

/**
 * Files for Salesforce Knowledge's article importer: articles.csv (one row per article and language,
 * rich text in data/<slug>.html referenced from the Answer__c column), import.properties, and both
 * zipped as knowledge-import.zip, ready for Setup → Import Articles.
 */
export function createSalesforceSink(outDir: string, media?: MediaLoader): ExportSink {
  const htmlPath = (a: ExportArticle) => `data/${safeSlug(a.slug)}-${salesforceLocale(a.language)}.html`;
  const stage = async (article: ExportArticle): Promise<string> => htmlPath(article);
  return {
    destination: outDir,
    entry: insideRoot(outDir, 'knowledge-import.zip'),
    create: (article) => stage(article),
    update: (_id, article) => stage(article),
    async finish(all) {
      const byId = new Map(all.map((a) => [a.id, a]));
      const header = ['Title', 'Summary', 'UrlName', 'Language', 'IsMasterLanguage', 'ArticleMasterLanguage', 'channels', 'datacategorygroup.Topics', 'Answer__c'];
      const lines = [header.join(',')];
      const files: Array<{ name: string; data: Uint8Array }> = [];
      for (const article of all) {
        const master = article.translationOf ? byId.get(article.translationOf) : undefined;
        const urlName = safeSlug((master ?? article).slug);
        lines.push(
          [
            csvCell(article.title),
            csvCell(article.summary),
            csvCell(urlName),
            csvCell(salesforceLocale(article.language)),
            master ? '0' : '1',
            csvCell(master ? salesforceLocale(master.language) : ''),
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
      const csv = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
      const properties = Buffer.from(SALESFORCE_PROPERTIES, 'utf8');
      await mkdir(insideRoot(outDir, 'data', 'images'), { recursive: true });
      await writeFile(insideRoot(outDir, 'articles.csv'), csv);
      await writeFile(insideRoot(outDir, 'import.properties'), properties);
      for (const file of files) await writeFile(insideRoot(outDir, file.name), file.data);
      await writeFile(
        insideRoot(outDir, 'knowledge-import.zip'),
        zipFiles([{ name: 'articles.csv', data: csv }, { name: 'import.properties', data: properties }, ...files]),
      );
    },
  };
}
