import { join } from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import type { Connection, Table } from '@lancedb/lancedb';
import type { Workspace } from '../workspace/workspace';

// The workspace keeps its LanceDB connection private and creates only registry tables; search
// tables come and go with builds, so this module holds its own connection to the same folder
// ('db' mirrors DB_DIR of workspace.ts). A finished build is a new table, opened when the state
// file names it, and this process's own upserts are seen by the same Table at once; only another
// process's upserts (a CLI run beside the app) wait for the next check. Checking on every query
// (interval 0) cost about 3 ms of a hybrid query at 100k rows: one check per side and per fetch.
const READ_CONSISTENCY_SECONDS = 1;
const connections = new Map<string, Promise<Connection>>();
const tables = new Map<string, Promise<Table>>();

export function searchConnection(ws: Workspace): Promise<Connection> {
  let connection = connections.get(ws.dir);
  if (!connection) {
    connection = lancedb.connect(join(ws.dir, 'db'), {
      readConsistencyInterval: READ_CONSISTENCY_SECONDS,
    });
    connections.set(ws.dir, connection);
  }
  return connection;
}

export function openSearchTable(ws: Workspace, name: string): Promise<Table> {
  const key = `${ws.dir}\u0000${name}`;
  let table = tables.get(key);
  if (!table) {
    table = searchConnection(ws).then((c) => c.openTable(name));
    table.catch(() => tables.delete(key));
    tables.set(key, table);
  }
  return table;
}

export async function dropSearchTable(ws: Workspace, name: string): Promise<void> {
  const key = `${ws.dir}\u0000${name}`;
  const cached = tables.get(key);
  tables.delete(key);
  if (cached) (await cached.catch(() => null))?.close();
  const connection = await searchConnection(ws);
  if ((await connection.tableNames()).includes(name)) await connection.dropTable(name);
}

/** Forgets the connection of a workspace folder (after it closes or is deleted). */
export async function releaseSearchConnection(dir: string): Promise<void> {
  for (const [key, table] of tables) {
    if (!key.startsWith(`${dir}\u0000`)) continue;
    tables.delete(key);
    (await table.catch(() => null))?.close();
  }
  const connection = connections.get(dir);
  connections.delete(dir);
  (await connection?.catch(() => null))?.close();
}
