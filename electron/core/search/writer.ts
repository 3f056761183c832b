import type { Table } from '@lancedb/lancedb';
import { searchTableName, searchTableSchema } from '../workspace/tables/embeddings';
import type { Workspace } from '../workspace/workspace';
import { ANN_MIN_ROWS, buildAnnIndex, buildTextIndex } from './ann';
import { dropSearchTable, searchConnection } from './connection';
import type { SearchDocument } from './document';
import { toSearchRow, type SearchRow } from './rows';

const WRITE_BATCH = 4096;

/** Fills a fresh search table in large commits, then builds its indexes. */
export class SearchTableWriter {
  private pending: SearchRow[] = [];
  private written = 0;

  private constructor(
    private readonly ws: Workspace,
    readonly name: string,
    private readonly table: Table,
  ) {}

  static async create(
    ws: Workspace,
    modelId: string,
    dimension: number,
  ): Promise<SearchTableWriter> {
    const name = searchTableName(
      modelId,
      `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`,
    );
    const table = await (
      await searchConnection(ws)
    ).createEmptyTable(name, searchTableSchema(dimension));
    return new SearchTableWriter(ws, name, table);
  }

  get rows(): number {
    return this.written + this.pending.length;
  }

  async add(docs: readonly SearchDocument[], vectors: readonly Float32Array[]): Promise<void> {
    docs.forEach((doc, i) => this.pending.push(toSearchRow(doc, vectors[i]!)));
    if (this.pending.length >= WRITE_BATCH) await this.flush();
  }

  /** Writes what is left and builds the full-text index, and the ANN index on big tables. */
  async finish(): Promise<{ documents: number; annIndex: boolean }> {
    await this.flush();
    const annIndex = this.written >= ANN_MIN_ROWS;
    if (this.written > 0) {
      await buildTextIndex(this.table);
      if (annIndex) await buildAnnIndex(this.table, this.written);
      await this.table.optimize({ cleanupOlderThan: new Date() });
    }
    return { documents: this.written, annIndex };
  }

  async abort(): Promise<void> {
    this.pending = [];
    this.table.close();
    await dropSearchTable(this.ws, this.name);
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    await this.table.add(batch as unknown as Array<Record<string, unknown>>);
    this.written += batch.length;
  }
}
