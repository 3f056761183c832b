import * as lancedb from '@lancedb/lancedb';
import type { Table } from '@lancedb/lancedb';

/**
 * When a table gets an ANN index. Measured for the issue at 100k x 384 (2 cores): flat search
 * p50 71 ms, IVF_PQ 88 s to build then 3 ms, IVF_HNSW_SQ 44 s then 2 ms. bench/search, in one
 * run: flat vector search at 10k rows was 4.6x slower (p50) than IVF_HNSW_SQ at 100k, so flat
 * scans stop paying well below 20k rows; from 10k rows the index costs a few seconds to build and
 * keeps the vector side within the 20 ms budget. IVF_HNSW_SQ builds twice as fast as IVF_PQ and
 * answers faster, so it is the one we build.
 */
export const ANN_MIN_ROWS = 10_000;

export const ANN_INDEX_NAME = 'vector_idx';

/**
 * Partitions of the IVF_HNSW_SQ index, and how many a query searches. LanceDB's rule of thumb is
 * ~sqrt(n) partitions, but each partition is an HNSW graph, so fewer and larger ones lose little
 * speed and miss fewer neighbours. Measured at 100k lexical vectors (BANKING77 texts, recall@30
 * against a flat search, bench/search): sqrt(n)/2 = 158 partitions with 20 probes found 0.55 of the
 * true neighbours in p50 6.6 ms; sqrt(n)/8 = 40 with 20 probes found 0.73 in 5.9 ms (with 10 probes
 * 0.60 in 4.3 ms, and the hybrid query was no faster at p95: the full-text side is the longer one).
 * Hashed lexical vectors cluster poorly; neural ones lose less.
 */
export const annPartitions = (rows: number): number => Math.max(1, Math.round(Math.sqrt(rows) / 8));
export const ANN_PROBES = 20;

export async function hasAnnIndex(table: Table): Promise<boolean> {
  return (await table.listIndices()).some((index) => index.columns.includes('vector'));
}

/** Builds the vector index; rows added later are searched flat until `optimize()` folds them in. */
export async function buildAnnIndex(table: Table, rows: number): Promise<void> {
  const numPartitions = annPartitions(rows);
  await table.createIndex('vector', {
    config: lancedb.Index.hnswSq({ distanceType: 'cosine', numPartitions }),
    replace: true,
    name: ANN_INDEX_NAME,
  });
}

export async function buildTextIndex(table: Table): Promise<void> {
  await table.createIndex('search_text', {
    config: lancedb.Index.fts({
      // Tokens are made by shared/text/segment (CJK segmented + bigrams) and joined by spaces.
      baseTokenizer: 'whitespace',
      lowercase: true,
      stem: false,
      removeStopWords: false,
      asciiFolding: true,
      withPosition: false,
      maxTokenLength: 40,
    }),
    replace: true,
  });
}
