import type { Connection, Table } from '@lancedb/lancedb';
import type { Schema } from 'apache-arrow';

/** Upgrades a table from `version - 1` to `version`. */
export type Migration = (table: Table, connection: Connection) => Promise<void>;

export interface TableDef {
  readonly name: string;
  /** Bump with each schema change and add a migration from the previous version. */
  readonly version: number;
  readonly schema: Schema;
  readonly migrations?: Readonly<Record<number, Migration>>;
}
