/**
 * Clustering speed: Gleaner's topic discovery end to end (over-cluster, merge, cut, outliers) on
 * 10k and 100k clustered 384-d unit vectors, against scikit-learn MiniBatchKMeans (k=300) on the
 * same vectors in the same run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverTopics } from '../../electron/core/topics/discover';
import { seededRandom } from '../../electron/core/topics/random';
import { matrix, normalizeRows } from '../../electron/core/topics/vectors';
import { runPython } from './python';

const here = dirname(fileURLToPath(import.meta.url));
const DIM = 384;
const PEER_K = 300;

/** n unit vectors around 200 random directions (sizes skewed like real topics), plus 2% uniform noise. */
export function clusteredVectors(n: number, seed = 1): Float32Array {
  const random = seededRandom(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const clusters = 200;
  const centers = normalizeRows(Float32Array.from({ length: clusters * DIM }, gaussian), DIM);
  const out = new Float32Array(n * DIM);
  for (let i = 0; i < n; i += 1) {
    const noise = random() < 0.02;
    const c = Math.floor(Math.pow(random(), 1.5) * clusters);
    for (let t = 0; t < DIM; t += 1) out[i * DIM + t] = noise ? gaussian() : centers[c * DIM + t]! + 0.06 * gaussian();
  }
  return normalizeRows(out, DIM);
}

export interface SpeedRow {
  n: number;
  seconds: number;
  topics: number;
  peerSeconds: number;
}

export function measureSpeed(n: number): SpeedRow {
  const vectors = clusteredVectors(n);
  const dir = mkdtempSync(join(tmpdir(), 'gleaner-bench-'));
  try {
    const file = join(dir, 'vectors.f32');
    writeFileSync(file, Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength));
    const started = performance.now();
    const found = discoverTopics(matrix(vectors, DIM), { seed: 1 });
    const seconds = (performance.now() - started) / 1000;
    const peer = JSON.parse(runPython(join(here, 'minibatch.py'), [file, String(n), String(DIM), String(PEER_K)])) as { seconds: number };
    return { n, seconds, topics: found.topics, peerSeconds: peer.seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function speedTable(rows: readonly SpeedRow[]): string {
  return [
    `| conversations | Gleaner discovery (s) | topics found | sklearn MiniBatchKMeans k=${PEER_K} (s) | ratio | within 3x | ≤ 60 s |`,
    '|---:|---:|---:|---:|---:|:---:|:---:|',
    ...rows.map((r) => {
      const ratio = r.seconds / r.peerSeconds;
      return `| ${r.n.toLocaleString('en')} | ${r.seconds.toFixed(2)} | ${r.topics} | ${r.peerSeconds.toFixed(2)} | ${ratio.toFixed(2)}x | ${ratio <= 3 ? 'yes' : 'NO'} | ${r.seconds <= 60 ? 'yes' : 'NO'} |`;
    }),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  const rows: SpeedRow[] = [];
  for (const n of sizes.length ? sizes : [10_000, 100_000]) {
    process.stderr.write(`speed: ${n}…\n`);
    rows.push(measureSpeed(n));
  }
  console.log(`### Clustering speed (384-d, ${rows.length} sizes)\n\n${speedTable(rows)}`);
}
