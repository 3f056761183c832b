/**
 * Search latency at 10k and 100k documents, measured in one run through the real path
 * (searchDocuments: query embedding with a MiniLM-shaped int8 model, LanceDB vector search,
 * LanceDB full-text search, RRF, snippets): hybrid, vector-only and keyword-only p50/p95; at 100k
 * also while the ANN index is being rebuilt. Keyword queries are compared with SQLite FTS5
 * (python3's sqlite3) on the same texts. Document vectors are random unit vectors (embedding
 * 100k texts with a random-weight model would take many minutes and measure nothing more).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANN_MIN_ROWS } from '../../electron/core/search/ann';
import { searchDocuments } from '../../electron/core/search/query';
import { writeSearchState } from '../../electron/core/search/state';
import { SearchTableWriter } from '../../electron/core/search/writer';
import { Workspace } from '../../electron/core/workspace/workspace';
import { MINILM_SHAPE, writeTestModel } from '../../test/support/onnx/model-folder';
import { banking77, frequentWords, percentile } from '../embed/data';

const log = (text: string) => process.stderr.write(`bench/search: ${text}\n`);
const MODEL = 'bench/minilm-int8';
const DIM = 384;
const train = banking77('train');
const queries = banking77('test')
  .filter((_, i) => i % 15 === 0)
  .map((r) => r.text);
const keywordQueries = queries.map(
  (q) =>
    q
      .split(/\s+/)
      .filter((w) => w.length > 3)
      .slice(0, 2)
      .join(' ') || q,
);

function randomUnit(seed: number): Float32Array {
  let a = seed >>> 0;
  const v = new Float32Array(DIM);
  let norm = 0;
  for (let i = 0; i < DIM; i += 1) {
    a = (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    v[i] = a / 4294967296 - 0.5;
    norm += v[i]! * v[i]!;
  }
  for (let i = 0; i < DIM; i += 1) v[i]! /= Math.sqrt(norm);
  return v;
}

const text = (i: number): string =>
  `${train[i % train.length]!.text} ${train[(i * 7 + 3) % train.length]!.text}`;

async function timed(
  ws: Workspace,
  qs: readonly string[],
  mode: 'hybrid' | 'vector' | 'text',
): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (const query of qs) {
    const t = performance.now();
    await searchDocuments(ws, { query, limit: 10, mode });
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const root = await mkdtemp(join(tmpdir(), 'gleaner-bench-search-'));
const rows: string[] = [];
const row = (line: string) => {
  rows.push(line);
  log(line);
};
try {
  for (const size of [10_000, 100_000]) {
    const ws = await Workspace.create(join(root, `ws${size}`));
    await writeTestModel(join(ws.modelsDir, MODEL), {
      ...MINILM_SHAPE,
      words: frequentWords(
        train.map((r) => r.text),
        6000,
      ),
    });
    const writer = await SearchTableWriter.create(ws, MODEL, DIM);
    let started = performance.now();
    for (let i = 0; i < size; i += 2000) {
      const docs = Array.from({ length: Math.min(2000, size - i) }, (_, j) => ({
        kind: 'transcript' as const,
        id: `t${i + j}`,
        text: text(i + j),
        language: 'en',
        channel: (i + j) % 2 ? 'chat' : 'email',
      }));
      await writer.add(
        docs,
        docs.map((_, j) => randomUnit(i + j + 1)),
      );
    }
    const { documents, annIndex } = await writer.finish();
    const buildSeconds = (performance.now() - started) / 1000;
    log(`${size}: table + indexes in ${buildSeconds.toFixed(1)} s (ANN index: ${annIndex})`);
    await writeSearchState(ws.dir, {
      version: 1,
      active: {
        model: MODEL,
        table: writer.name,
        dimension: DIM,
        documents,
        annIndex,
        builtAt: new Date().toISOString(),
      },
      building: null,
    });
    await timed(ws, queries.slice(0, 20), 'hybrid'); // warm-up: model load, caches
    const hybrid = await timed(ws, queries, 'hybrid');
    const vector = await timed(ws, queries, 'vector');
    const keyword = await timed(ws, keywordQueries, 'text');
    row(
      `| ${size.toLocaleString('en')} | hybrid | ${hybrid.p50.toFixed(1)} | ${hybrid.p95.toFixed(1)} |`,
    );
    row(
      `| ${size.toLocaleString('en')} | vector only${annIndex ? ' (IVF_HNSW_SQ)' : ' (flat)'} | ${vector.p50.toFixed(1)} | ${vector.p95.toFixed(1)} |`,
    );
    row(
      `| ${size.toLocaleString('en')} | keyword (LanceDB FTS + snippets) | ${keyword.p50.toFixed(1)} | ${keyword.p95.toFixed(1)} |`,
    );

    if (size >= ANN_MIN_ROWS) {
      // Rebuild the ANN index the way the app does: in a process of its own at background priority
      // (the job worker), while this process queries; the old index serves until the new one commits.
      started = performance.now();
      const rebuild = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          fileURLToPath(new URL('./rebuild-index.ts', import.meta.url)),
          ws.dir,
          writer.name,
          String(size),
        ],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      let building = true;
      const exited = new Promise<number | null>((done) =>
        rebuild.on('exit', (code) => {
          building = false;
          done(code);
        }),
      );
      const during: number[] = [];
      let q = 0;
      while (building) {
        const t = performance.now();
        await searchDocuments(ws, { query: queries[q++ % queries.length]!, limit: 10 });
        during.push(performance.now() - t);
      }
      if ((await exited) !== 0) throw new Error('bench/search: the index rebuild failed');
      log(
        `${size}: index rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s, ${during.length} queries meanwhile`,
      );
      row(
        `| ${size.toLocaleString('en')} | hybrid, while another process rebuilds the ANN index at background priority (${during.length} queries) | ${percentile(during, 50).toFixed(1)} | ${percentile(during, 95).toFixed(1)} |`,
      );
    }

    const fts5 = spawnSync('python3', [fileURLToPath(new URL('./fts5.py', import.meta.url))], {
      input: JSON.stringify({
        texts: Array.from({ length: size }, (_, i) => text(i)),
        queries: keywordQueries,
        limit: 10,
      }),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (fts5.status === 0) {
      const r = JSON.parse(fts5.stdout) as { p50_ms: number; p95_ms: number };
      row(
        `| ${size.toLocaleString('en')} | keyword, SQLite FTS5 (python3 sqlite3, in memory) | ${r.p50_ms.toFixed(1)} | ${r.p95_ms.toFixed(1)} |`,
      );
      row(
        `| ${size.toLocaleString('en')} | ratio keyword LanceDB / FTS5 (p50) | ${(keyword.p50 / r.p50_ms).toFixed(1)}x | |`,
      );
    } else log(`FTS5 peer failed: ${fts5.stderr}`);
    ws.close();
  }
  process.stdout.write(
    [
      '## Search',
      '',
      `Through searchDocuments (query embedding + LanceDB + RRF + snippets), ${queries.length} BANKING77 test utterances as queries (keyword: their first two long words). Target: p95 ≤ 20 ms at 100k, also while an index builds.`,
      '',
      `Load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} on ${cpus().length} cores.`,
      '',
      '| rows | query | p50 ms | p95 ms |',
      '|---:|---|---:|---:|',
      ...rows,
    ].join('\n') + '\n',
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
