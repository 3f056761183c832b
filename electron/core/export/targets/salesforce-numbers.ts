import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { GleanerError } from '../../../../shared/errors';
import { insideRoot } from '../paths';

/**
 * Salesforce Knowledge gives an article its ArticleNumber when it is imported, and the import file is the only way
 * Gleaner reaches Salesforce, so the number comes back through the user: Gleaner writes this file in the export
 * folder with every article's UrlName, and the user fills in the numbers from Salesforce (a report or list view of
 * Knowledge articles showing Article Number and URL Name). Columns are matched by name, so such a report exported
 * as CSV can be saved here as it is.
 */
export const ARTICLE_NUMBERS_FILE = 'article-numbers.csv';

/** Where an exported row stands in Salesforce: its UrlName and locale, and its ArticleNumber once recorded. */
export interface SalesforceId {
  urlName: string;
  locale: string;
  articleNumber: string | null;
}

/** The external id stored in the mapping: `<UrlName>/<locale>`, then `#<ArticleNumber>` once the number is known. */
export const formatSalesforceId = ({ urlName, locale, articleNumber }: SalesforceId): string => `${urlName}/${locale}${articleNumber ? `#${articleNumber}` : ''}`;

/** null for ids written before the number was recorded this way (they named the HTML file). */
export function parseSalesforceId(externalId: string): SalesforceId | null {
  const match = /^([^/#]+)\/([A-Za-z]{2,3}(?:_[A-Za-z0-9]+)?)(?:#(.+))?$/.exec(externalId);
  return match ? { urlName: match[1]!, locale: match[2]!, articleNumber: match[3] ?? null } : null;
}

/** 'Article Number', 'ArticleNumber' and 'article_number' name the same column. */
const columnKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The ArticleNumber recorded for each UrlName; empty when the file is not there yet. */
export async function readArticleNumbers(outDir: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(insideRoot(outDir, ARTICLE_NUMBERS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(text, { columns: (header: string[]) => header.map(columnKey), bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    throw new GleanerError('E_PARSE', `${ARTICLE_NUMBERS_FILE} in ${outDir} is not a readable CSV file: ${(error as Error).message}`);
  }
  const numbers = new Map<string, string>();
  for (const row of rows) if (row.urlname && row.articlenumber) numbers.set(row.urlname, row.articlenumber);
  return numbers;
}

const csvCell = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** The file for the user to complete: one line per source-language article, the numbers known so far filled in. */
export function articleNumbersCsv(entries: ReadonlyArray<{ urlName: string; articleNumber: string | null; title: string }>): string {
  const lines = ['UrlName,ArticleNumber,Title', ...entries.map((e) => [e.urlName, e.articleNumber ?? '', e.title].map(csvCell).join(','))];
  return `${lines.join('\n')}\n`;
}
