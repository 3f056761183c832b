import { createHash } from 'node:crypto';
import type { ExportTarget } from '../../../shared/domain/export';
import type { Workspace } from '../workspace/workspace';
import type { ExportArticle } from './types';

export interface MappingRow {
  key: string;
  target: string;
  destination: string;
  article_id: string;
  external_id: string;
  hash: string;
  exported_at: string;
}

/**
 * What a destination shows of an article: a change here means the article must be sent again. `shape` is what else
 * shapes the output (ExportSink.shape); left out when empty, so hashes from before it existed still match.
 */
export function contentHash(article: ExportArticle, shape = ''): string {
  const { id, slug, title, language, category, section, tags, summary, html, markdown, translationOf } = article;
  return createHash('sha256')
    .update(JSON.stringify({ id, slug, title, language, category, section, tags, summary, html, markdown, translationOf, ...(shape && { shape }) }))
    .digest('hex');
}

const sqlString = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export const mappingKey = (target: ExportTarget, destination: string, articleId: string): string =>
  `${target}\u0000${destination}\u0000${articleId}`;

export async function readMappings(ws: Workspace, target: ExportTarget, destination: string): Promise<Map<string, MappingRow>> {
  const table = await ws.table('export_mappings');
  const rows = (await table
    .query()
    .where(`target = ${sqlString(target)} AND destination = ${sqlString(destination)}`)
    .toArray()) as MappingRow[];
  return new Map(rows.map((row) => [row.article_id, { ...row }]));
}

/** Records one article's export right after it succeeded, so a failed or cancelled run stays consistent. */
export async function writeMapping(ws: Workspace, row: MappingRow): Promise<void> {
  const table = await ws.table('export_mappings');
  await table.mergeInsert('key').whenMatchedUpdateAll().whenNotMatchedInsertAll().execute([{ ...row }]);
}

/** When each article was last sent to a target (to one destination, or to any when none is named). */
export async function lastExports(ws: Workspace, target: ExportTarget, destination?: string): Promise<Map<string, string>> {
  const table = await ws.table('export_mappings');
  const where = `target = ${sqlString(target)}${destination ? ` AND destination = ${sqlString(destination)}` : ''}`;
  const rows = (await table.query().where(where).select(['article_id', 'exported_at']).toArray()) as Array<Pick<MappingRow, 'article_id' | 'exported_at'>>;
  const last = new Map<string, string>();
  for (const row of rows) if ((last.get(row.article_id) ?? '') < row.exported_at) last.set(row.article_id, row.exported_at);
  return last;
}

/** Records that a create is about to be sent (see the export_intents table). */
export async function recordIntent(ws: Workspace, key: string, title: string): Promise<void> {
  const table = await ws.table('export_intents');
  await table.mergeInsert('key').whenMatchedUpdateAll().whenNotMatchedInsertAll().execute([{ key, title, started_at: new Date().toISOString() }]);
}

export async function clearIntent(ws: Workspace, key: string): Promise<void> {
  await (await ws.table('export_intents')).delete(`key = ${sqlString(key)}`);
}

/** The title each unfinished create was sent with, by mapping key. */
export async function readIntents(ws: Workspace): Promise<Map<string, string>> {
  const rows = (await (await ws.table('export_intents')).query().select(['key', 'title']).toArray()) as Array<{ key: string; title: string }>;
  return new Map(rows.map((row) => [row.key, row.title]));
}
