import { Field, FixedSizeList, Float32, Float64, Schema, Utf8 } from 'apache-arrow';

/**
 * The search index: one LanceDB table per embedding build, named `search_v1_<model>_<stamp>`, not
 * a TableDef of the registry. Why per build and not one table with a model column:
 * - the vector column is a FixedSizeList whose width is fixed per table, and models differ
 *   (lexical 512, e5-small 384);
 * - switching model writes a fresh table while the old one keeps answering, and the swap is one
 *   write of `embeddings.json` once the new table (and its indexes) is complete; cancelling
 *   simply drops the unfinished table;
 * - the document text and its segmented form sit next to the vector, so one table serves both
 *   the vector and the full-text side of hybrid search with the same filters.
 * `SEARCH_TABLE_VERSION` is part of the name: a schema change means a rebuild, not a migration,
 * because every column can be recomputed from transcripts and articles.
 */
export const SEARCH_TABLE_VERSION = 1;
export const SEARCH_TABLE_PREFIX = `search_v${SEARCH_TABLE_VERSION}_`;

export function searchTableSchema(dimension: number): Schema {
  return new Schema([
    // `${kind}:${id}`: the merge key of incremental updates.
    new Field('doc_key', new Utf8(), false),
    new Field('kind', new Utf8(), false),
    new Field('id', new Utf8(), false),
    new Field('title', new Utf8(), false),
    new Field('text', new Utf8(), false),
    // Tokens joined by spaces (CJK segmented + bigrams): LanceDB's whitespace FTS then works for Chinese.
    new Field('search_text', new Utf8(), false),
    new Field('language', new Utf8(), true),
    new Field('channel', new Utf8(), true),
    new Field('started_ms', new Float64(), true),
    new Field(
      'vector',
      new FixedSizeList(dimension, new Field('item', new Float32(), true)),
      false,
    ),
  ]);
}

export const searchTableName = (modelId: string, stamp: string): string =>
  `${SEARCH_TABLE_PREFIX}${modelId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 60)}_${stamp}`;
