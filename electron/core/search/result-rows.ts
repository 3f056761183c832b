import type { Table } from '@lancedb/lancedb';
import { takeRows } from '../workspace/take-rows';
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
 * both sides (at 100k rows that took a third of a hybrid query).
 */
export async function resultRows(
  table: Table,
  candidates: readonly Candidate[],
): Promise<Map<string, ResultRow>> {
  const stored = await takeRows<StoredRow>(
    table,
    candidates.map((c) => ({ key: c.doc_key, rowId: c._rowid })),
    'doc_key',
    RESULT_COLUMNS,
  );
  return new Map([...stored].map(([key, row]) => [key, withKindAndId(row)]));
}
