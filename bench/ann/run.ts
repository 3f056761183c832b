/**
 * ANN index quality (issue #5): how many of a query's true nearest neighbours the vector index finds,
 * and how fast, at 100k documents. Vectors are real: the lexical embedder fitted on 100k texts made
 * of BANKING77 train utterances; queries are test utterances. Truth is an exact (flat) search;
 * a result counts when its exact cosine distance is within the 30th true one (ties count). Gleaner's
 * index settings (annPartitions, ANN_PROBES) are compared with LanceDB's rule of thumb (sqrt(n)/2
 * partitions, 20 probes) on the same table in the same run.
 */
import * as lancedb from '@lancedb/lancedb';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LexicalEmbedder } from '../../electron/core/embed/lexical/embedder';
import { IdfFitter } from '../../electron/core/embed/lexical/idf';
import { ANN_PROBES, annPartitions } from '../../electron/core/search/ann';
import { banking77, percentile } from '../embed/data';

const ROWS = 100_000;
const K = 30;
const log = (text: string) => process.stderr.write(`bench/ann: ${text}\n`);

const train = banking77('train').map((r) => r.text);
const texts = Array.from(
  { length: ROWS },
  (_, i) =>
    `${train[i % train.length]!} ${train[(i * 7 + 3 + Math.floor(i / train.length)) % train.length]!}`,
);
const queries = banking77('test')
  .filter((_, i) => i % 20 === 0)
  .map((r) => r.text);

function cosineDistance(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return 1 - dot / Math.sqrt(na * nb || 1);
}

const fitter = new IdfFitter();
fitter.add(texts);
const embedder = new LexicalEmbedder(fitter.finish());
const vectors = texts.map((text) => embedder.embedOne(text));
const queryVectors = await embedder.embedQueries(queries);

const root = await mkdtemp(join(tmpdir(), 'gleaner-bench-ann-'));
try {
  const db = await lancedb.connect(root);
  const rows = vectors.map((vector, id) => ({ id, vector: Array.from(vector) }));
  const table = await db.createTable('docs', rows.slice(0, 10_000));
  for (let i = 10_000; i < ROWS; i += 10_000) await table.add(rows.slice(i, i + 10_000));

  const search = (vector: Float32Array) =>
    table.vectorSearch(vector).distanceType('cosine').limit(K).select(['id', '_distance']);
  log(`exact search for ${queries.length} queries…`);
  const flatTimes: number[] = [];
  const kthDistance: number[] = [];
  for (const vector of queryVectors) {
    const started = performance.now();
    const found = (await search(vector).bypassVectorIndex().toArray()) as Array<{ id: number }>;
    flatTimes.push(performance.now() - started);
    kthDistance.push(cosineDistance(vector, vectors[found[found.length - 1]!.id]!));
  }

  const configs = [
    {
      name: 'LanceDB rule of thumb: sqrt(n)/2 partitions, 20 probes',
      partitions: Math.round(Math.sqrt(ROWS) / 2),
      probes: 20,
    },
    {
      name: `Gleaner: sqrt(n)/8 partitions, ${ANN_PROBES} probes`,
      partitions: annPartitions(ROWS),
      probes: ANN_PROBES,
    },
  ];
  const lines: string[] = [];
  for (const config of configs) {
    const started = performance.now();
    await table.createIndex('vector', {
      config: lancedb.Index.hnswSq({ distanceType: 'cosine', numPartitions: config.partitions }),
      replace: true,
    });
    const buildSeconds = (performance.now() - started) / 1000;
    log(`${config.partitions} partitions built in ${buildSeconds.toFixed(1)} s`);
    const times: number[] = [];
    let found = 0;
    for (let round = 0; round < 2; round += 1)
      for (const [q, vector] of queryVectors.entries()) {
        const t = performance.now();
        const hits = (await search(vector).nprobes(config.probes).toArray()) as Array<{
          id: number;
        }>;
        times.push(performance.now() - t);
        if (round === 1)
          found += hits.filter(
            (hit) => cosineDistance(vector, vectors[hit.id]!) <= kthDistance[q]! + 1e-5,
          ).length;
      }
    lines.push(
      `| ${config.name} (${config.partitions}) | ${buildSeconds.toFixed(1)} | ${(found / (queries.length * K)).toFixed(3)} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`,
    );
  }
  lines.push(
    `| exact (flat) search | | 1.000 | ${percentile(flatTimes, 50).toFixed(1)} | ${percentile(flatTimes, 95).toFixed(1)} |`,
  );

  process.stdout.write(
    [
      '## ANN index: recall and latency',
      '',
      `${ROWS.toLocaleString('en')} lexical-embedder vectors (${vectors[0]!.length}-d) of BANKING77 train utterances, ${queries.length} test utterances as queries; recall@${K} against an exact search (a hit counts when it is no farther than the ${K}th true neighbour). IVF_HNSW_SQ, cosine; vector side only (no full-text, no fetch).`,
      '',
      '| index | build s | recall@30 | p50 ms | p95 ms |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...lines,
    ].join('\n') + '\n',
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
