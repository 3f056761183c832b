import type { Table } from '@lancedb/lancedb';
import { GleanerError } from '../../../shared/errors';
import {
  searchQuerySchema,
  similarQuerySchema,
  type SearchHit,
  type SearchQuery,
  type SimilarQuery,
} from '../../../shared/domain/search';
import { LEXICAL_MODEL } from '../../../shared/domain/embed';
import { tokenize } from '../../../shared/text/segment';
import { isFunctionWord } from '../../../shared/text/stopwords';
import type { Workspace } from '../workspace/workspace';
import { embedderForBuild } from '../embed/load';
import { LexicalEmbedder } from '../embed/lexical/embedder';
import { ANN_PROBES } from './ann';
import { openSearchTable } from './connection';
import { docKey } from './document';
import { searchWhere } from './filters';
import { reciprocalRankFusion } from './rrf';
import { makeSnippet } from './snippet';
import { resultRows, type Candidate, type ResultRow } from './result-rows';
import { readSearchState, type SearchBuild } from './state';

/** The build that answers queries, or null before the first embedding run. */
async function activeTable(ws: Workspace): Promise<{ build: SearchBuild; table: Table } | null> {
  const { active } = await readSearchState(ws.dir);
  if (!active) return null;
  return { build: active, table: await openSearchTable(ws, active.table) };
}

/**
 * How many candidates each side contributes to the fusion: enough for RRF to reorder the top (an item
 * ranked 11th on both sides still beats one ranked 1st on one side only). At 100k rows 50 instead of
 * 30 cost 1.5-3 ms a query (bench/search).
 */
const candidates = (limit: number): number => Math.max(30, limit * 3);

/**
 * Below this similarity a vector neighbour is noise, not a match. The lexical embedder's hashed
 * features collide, so its query vector keeps only features the workspace has and the similarity is
 * scaled by the share of the query they make (`seenShareOf`): a nonsense query ("zzzqqxx") then stays
 * under the floor while real queries, typos included, start at 0.15-0.4. Neural models have no such
 * floor, so only orthogonal vectors are dropped for them.
 */
const minSimilarity = (build: SearchBuild | null): number =>
  build?.model === LEXICAL_MODEL ? 0.13 : 0.02;

async function vectorSide(
  table: Table,
  vector: Float32Array,
  where: string | undefined,
  k: number,
  floor = 0.02,
  scale = 1,
): Promise<Array<Candidate & { _distance: number }>> {
  let query = table
    .vectorSearch(vector)
    .distanceType('cosine')
    .limit(k)
    .nprobes(ANN_PROBES)
    .select(['doc_key', '_distance'])
    .withRowId();
  if (where) query = query.where(where);
  return ((await query.toArray()) as Array<Candidate & { _distance?: number }>)
    .map((row) => ({ doc_key: row.doc_key, _rowid: row._rowid, _distance: row._distance ?? 0 }))
    .filter((row) => (1 - row._distance) * scale >= floor);
}

/**
 * The words the full-text side looks up: each once, function words and greetings left out (their
 * posting lists are the longest and rank nothing: at 100k rows a long question's lookup took twice
 * as long with them), unless the query is nothing else.
 */
export function fullTextTerms(query: string): string[] {
  const unique = [...new Set(tokenize(query))];
  const telling = unique.filter((token) => !isFunctionWord(token));
  return telling.length > 0 ? telling : unique;
}

async function textSide(
  table: Table,
  tokens: readonly string[],
  where: string | undefined,
  k: number,
): Promise<Candidate[]> {
  if (tokens.length === 0) return [];
  let query = table
    .query()
    .fullTextSearch(tokens.join(' '), { columns: ['search_text'] })
    .limit(k)
    .select(['doc_key', '_score'])
    .withRowId();
  if (where) query = query.where(where);
  try {
    return (await query.toArray()) as Candidate[];
  } catch (error) {
    // A build of zero documents has no full-text index yet (documents upserted later get one at the next build).
    if (/inverted index|no index|INVERTED/i.test((error as Error).message)) return [];
    throw error;
  }
}

/** An article's indexed text starts with its title (often twice: title, then its heading). */
function bodyOf(row: ResultRow): string {
  if (row.kind !== 'article' || !row.title) return row.text;
  let body = row.text.trimStart();
  for (let i = 0; i < 2 && body.startsWith(row.title); i += 1)
    body = body.slice(row.title.length).trimStart();
  return body || row.text;
}

function toHit(row: ResultRow, score: number, query: string): SearchHit {
  const snippet = makeSnippet(bodyOf(row), query);
  return {
    kind: row.kind as SearchHit['kind'],
    id: row.id,
    title: row.title || row.text.slice(0, 80).replace(/\s+/g, ' '),
    snippet: snippet.text,
    highlights: snippet.highlights,
    score,
    language: row.language,
    channel: row.channel,
  };
}

/**
 * Hybrid search: the query's vector against the active build plus LanceDB full-text search on the
 * segmented text, fused with reciprocal rank fusion, under the same metadata filter.
 */
export async function searchDocuments(ws: Workspace, input: SearchQuery): Promise<SearchHit[]> {
  const q = searchQuerySchema.parse(input);
  const active = await activeTable(ws);
  if (!active) return [];
  const where = searchWhere(q.kinds, q.filters);
  const k = candidates(q.limit);
  const [vectorRows, textRows] = await Promise.all([
    q.mode === 'text'
      ? []
      : embedderForBuild(ws, active.build).then(async (e) =>
          vectorSide(
            active.table,
            (await e.embedQueries([q.query]))[0]!,
            where,
            k,
            minSimilarity(active.build),
            e instanceof LexicalEmbedder ? e.seenShareOf(q.query) : 1,
          ),
        ),
    q.mode === 'vector' ? [] : textSide(active.table, fullTextTerms(q.query), where, k),
  ]);
  const fused = reciprocalRankFusion([
    vectorRows.map((r) => r.doc_key),
    textRows.map((r) => r.doc_key),
  ]).slice(0, q.limit);
  const byKey = new Map<string, Candidate>();
  for (const row of [...vectorRows, ...textRows]) byKey.set(row.doc_key, row);
  const rows = await resultRows(
    active.table,
    fused.map(({ key }) => byKey.get(key)!),
  );
  // A row deleted between the search and the fetch is left out rather than shown half-known.
  return fused.flatMap(({ key, score }) => {
    const row = rows.get(key);
    return row ? [toHit(row, score, q.query)] : [];
  });
}

/** Documents nearest to a stored one ("similar conversations", "related articles"); itself excluded. */
export async function similarDocuments(ws: Workspace, input: SimilarQuery): Promise<SearchHit[]> {
  const q = similarQuerySchema.parse(input);
  const active = await activeTable(ws);
  if (!active) return [];
  const key = docKey(q.kind, q.id);
  const sql = key.replace(/'/g, "''");
  const [source] = (await active.table
    .query()
    .where(`doc_key = '${sql}'`)
    .select(['vector', 'text'])
    .limit(1)
    .toArray()) as Array<{ vector: ArrayLike<number>; text: string }>;
  if (!source)
    throw new GleanerError('E_NOT_FOUND', `${q.kind} ${q.id} is not in the search index yet.`);
  const vector = Float32Array.from(source.vector);
  const nearest = await vectorSide(
    active.table,
    vector,
    searchWhere(q.kinds ?? [q.kind], undefined, key),
    q.limit,
  );
  const rows = await resultRows(active.table, nearest);
  return nearest.flatMap((near) => {
    const row = rows.get(near.doc_key);
    return row ? [toHit(row, 1 - near._distance, '')] : [];
  });
}
