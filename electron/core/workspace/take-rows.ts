import type { Table } from '@lancedb/lancedb';

const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/**
 * Rows known by key and row id, by row id first (a look-up each, where `key IN (...)` passes over the
 * whole key column). A row id can point elsewhere if the table was compacted or changed since it was
 * found (stale ids come back as nothing in LanceDB 0.31; an error is treated the same way), so rows
 * whose key does not come back are fetched again by key. Rows deleted meanwhile are simply absent.
 */
export async function takeRows<R extends Record<string, unknown>>(
  table: Table,
  wanted: ReadonlyArray<{ key: string; rowId: bigint }>,
  keyColumn: string,
  columns: readonly string[],
): Promise<Map<string, R>> {
  const rows = new Map<string, R>();
  if (wanted.length === 0) return rows;
  const taken = (await table
    .takeRowIds(wanted.map((w) => w.rowId))
    .select([...columns])
    .toArray()
    .catch(() => [])) as R[];
  for (const row of taken) rows.set(String(row[keyColumn]), row);
  const missing = wanted.filter((w) => !rows.has(w.key)).map((w) => w.key);
  if (missing.length > 0) {
    const found = (await table
      .query()
      .where(`${keyColumn} IN (${missing.map(sql).join(', ')})`)
      .select([...columns])
      .limit(missing.length)
      .toArray()) as R[];
    for (const row of found) rows.set(String(row[keyColumn]), row);
  }
  return rows;
}
