import type { Table } from '@lancedb/lancedb';
import type { Workspace } from './workspace';

/**
 * A value computed from one table, remembered per workspace until the table's version changes: what
 * the screens ask for on every visit or filter change is then read once per write.
 */
export function cachedPerVersion<T>(
  tableName: string,
  compute: (table: Table, ws: Workspace) => Promise<T>,
): (ws: Workspace) => Promise<T> {
  const cache = new WeakMap<Workspace, { version: number; value: T }>();
  return async (ws) => {
    const table = await ws.table(tableName);
    const version = await table.version();
    const hit = cache.get(ws);
    if (hit?.version === version) return hit.value;
    const value = await compute(table, ws);
    cache.set(ws, { version, value });
    return value;
  };
}
