import type { Table } from '@lancedb/lancedb';
import type { TranscriptFilter } from '../../../shared/domain/transcript';
import type { Workspace } from '../workspace/workspace';

const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** The SQL part of a filter (pushed down to LanceDB); keys, topic and text are checked apart. */
export function whereOf(filter: TranscriptFilter): string | undefined {
  const parts: string[] = [];
  if (filter.channel) parts.push(`channel = ${sql(filter.channel)}`);
  if (filter.language) parts.push(`language = ${sql(filter.language)}`);
  const from = filter.from ? Date.parse(filter.from) : NaN;
  const to = filter.to ? Date.parse(filter.to) : NaN;
  if (Number.isFinite(from)) parts.push(`started_ms >= ${from}`);
  if (Number.isFinite(to)) parts.push(`started_ms < ${to}`);
  if (filter.outcome === 'escalated') parts.push('escalated = true');
  if (filter.outcome === 'repeat') parts.push('repeat_contact = true');
  if (filter.outcome === 'resolved')
    parts.push('resolved = 1 AND escalated = false AND repeat_contact = false');
  if (filter.outcome === 'unresolved') parts.push('resolved = 0');
  return parts.length ? parts.join(' AND ') : undefined;
}

/**
 * The text a search looks for, as it appears inside the stored turns JSON (lower-cased, JSON-escaped),
 * so that LanceDB can discard most rows before any reaches JavaScript. Substring matching needs no
 * word segmentation, so it is as correct for Chinese as for English.
 */
export const needleOf = (query: string | undefined): string | null => {
  const needle = query?.trim().toLowerCase();
  return needle ? needle : null;
};

const jsonEscaped = (needle: string): string => JSON.stringify(needle).slice(1, -1);

/** A LIKE pattern matching values that contain `text` anywhere (its wildcards and backslashes escaped). */
const containsPattern = (text: string): string => sql(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);

/** Whether a conversation's turns (or its id) contain the needle; the final word after the SQL prefilter. */
export function turnsContain(turnsJson: string, key: string, needle: string): boolean {
  if (key.toLowerCase().includes(needle)) return true;
  const turns = JSON.parse(turnsJson) as Array<{ text?: string }>;
  return turns.some((turn) => (turn.text ?? '').toLowerCase().includes(needle));
}

async function topicKeys(ws: Workspace, topicId: string): Promise<Set<string>> {
  const rows = (await (await ws.table('topic_assignments'))
    .query()
    .where(`topic_id = ${sql(topicId)}`)
    .select(['transcript_key'])
    .toArray()) as Array<{ transcript_key: string }>;
  return new Set(rows.map((r) => r.transcript_key));
}

interface Indexed {
  key: string;
  started_ms: number | null;
  _rowid: bigint;
}

async function scan(table: Table, where: string | undefined, needle: string | null): Promise<Indexed[]> {
  if (!needle) {
    let query = table.query().select(['key', 'started_ms']).withRowId();
    if (where) query = query.where(where);
    // Column by column rather than row objects: a five-fold difference at 100,000 conversations.
    const arrow = await query.toArrow();
    if (arrow.numRows === 0) return [];
    const keys = arrow.getChild('key')!.toArray() as string[];
    const started = arrow.getChild('started_ms')!;
    const rowIds = arrow.getChild('_rowid')!;
    return keys.map((key, i) => ({ key, started_ms: (started.get(i) as number | null) ?? null, _rowid: rowIds.get(i) as bigint }));
  }
  // ILIKE rather than strpos(lower(...)): no lower-cased copy of every turn, three times faster at 100k.
  const textWhere = `(turns_json ILIKE ${containsPattern(jsonEscaped(needle))} OR key ILIKE ${containsPattern(needle)})`;
  const query = table
    .query()
    .where(where ? `${where} AND ${textWhere}` : textWhere)
    .select(['key', 'started_ms', 'turns_json'])
    .withRowId();
  const found: Indexed[] = [];
  // Batch by batch: a common word can match most conversations, and their turns are large.
  for await (const batch of query) {
    for (const row of batch.toArray() as unknown as Array<Indexed & { turns_json: string }>) {
      if (turnsContain(row.turns_json, row.key, needle))
        found.push({ key: row.key, started_ms: row.started_ms, _rowid: row._rowid });
    }
  }
  return found;
}

/** The conversations matching a filter, newest first: their keys, and their row ids at the table version they were found at. */
export interface Matching {
  keys: string[];
  rowIds: bigint[];
}

const CACHE_SIZE = 6;
const caches = new WeakMap<Workspace, Map<string, Matching>>();

/**
 * Every conversation matching the filter, newest first. Remembered per table version, so that paging
 * through a large result (the list asks for one page at a time) reads the table once.
 */
export async function matchingConversations(ws: Workspace, filter: TranscriptFilter): Promise<Matching> {
  const table = await ws.table('transcripts');
  const topicVersion = filter.topicId
    ? await (await ws.table('topic_assignments')).version()
    : 0;
  const cacheKey = `${await table.version()}:${topicVersion}:${JSON.stringify(filter)}`;
  let cache = caches.get(ws);
  if (!cache) caches.set(ws, (cache = new Map()));
  const hit = cache.get(cacheKey);
  if (hit) {
    cache.delete(cacheKey);
    cache.set(cacheKey, hit);
    return hit;
  }

  let rows = await scan(table, whereOf(filter), needleOf(filter.query));
  if (filter.keys) {
    const allowed = new Set(filter.keys);
    rows = rows.filter((r) => allowed.has(r.key));
  }
  if (filter.topicId) {
    const allowed = await topicKeys(ws, filter.topicId);
    rows = rows.filter((r) => allowed.has(r.key));
  }
  rows.sort((a, b) => (b.started_ms ?? 0) - (a.started_ms ?? 0) || a.key.localeCompare(b.key));
  const matching = { keys: rows.map((r) => r.key), rowIds: rows.map((r) => r._rowid) };
  cache.set(cacheKey, matching);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return matching;
}
