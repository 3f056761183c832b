import type { Table } from '@lancedb/lancedb';
import { splitDocKey } from './document';

/** Each column read costs a look-up per row (about 0.3 ms for ten rows at 100k): kind and id are in the key. */
const RESULT_COLUMNS = ['doc_key', 'title', 'text', 'language', 'channel'];
type StoredRow = {
  doc_key: string;
  title: string;
  text: string;
  language: string | null;
  channel: string | null;
};
export type ResultRow = StoredRow & { kind: string; id: string };

const withKindAndId = (row: StoredRow): ResultRow => ({ ...row, ...splitDocKey(row.doc_key) });
/** What each side of a search returns: the key to fuse on, and where the row is to fetch it. */
export type Candidate = { doc_key: string; _rowid: bigint };

/**
 * The columns of the few results shown, fetched once for them rather than for every candidate of
 * both sides (at 100k rows that took a third of a hybrid query). By row id first; a row id can
 * point elsewhere if the table was compacted between the search and the fetch, so rows whose key
 * does not match are fetched again by key.
 */
export async function resultRows(
  table: Table,
  candidates: readonly Candidate[],
): Promise<Map<string, ResultRow>> {
  const rows = new Map<string, ResultRow>();
  if (candidates.length === 0) return rows;
  // Stale row ids come back as nothing (LanceDB 0.31); an error is treated the same way.
  const taken = (await table
    .takeRowIds(candidates.map((c) => c._rowid))
    .select(RESULT_COLUMNS)
    .toArray()
    .catch(() => [])) as StoredRow[];
  for (const row of taken) rows.set(row.doc_key, withKindAndId(row));
  const missing = candidates.filter((c) => !rows.has(c.doc_key)).map((c) => c.doc_key);
  if (missing.length > 0) {
    const keys = missing.map((key) => `'${key.replace(/'/g, "''")}'`).join(', ');
    const found = (await table
      .query()
      .where(`doc_key IN (${keys})`)
      .select(RESULT_COLUMNS)
      .limit(missing.length)
      .toArray()) as StoredRow[];
    for (const row of found) rows.set(row.doc_key, withKindAndId(row));
  }
  return rows;
}
