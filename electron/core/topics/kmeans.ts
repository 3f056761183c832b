import { dotRows, nearestCenter, type Matrix } from './vectors';
import { sampleIndices, seededRandom } from './random';

export interface KMeansOptions {
  k: number;
  seed: number;
  /** Points per mini-batch step. */
  batchSize?: number;
  /** Passes over the data made of mini-batches before the full (Lloyd) passes. */
  miniBatchEpochs?: number;
  /** Upper bound on full assign-and-average passes; they stop early once assignments settle. */
  maxFullPasses?: number;
  /** Start from these k unit rows instead of k-means++ and mini-batches (refinement). */
  initialCenters?: Float32Array;
  signal?: AbortSignal;
}

export interface KMeansResult {
  /** k unit rows. */
  centers: Float32Array;
  k: number;
  /** Cluster of each row of `rows`, in the same order. */
  assignment: Int32Array;
  /** Cosine similarity of each row of `rows` to its center. */
  similarity: Float32Array;
}

const throwIfAborted = (signal: AbortSignal | undefined): void => {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('cancelled');
};

function normalizeCenter(centers: Float32Array, j: number, dim: number): void {
  const offset = j * dim;
  const norm = Math.sqrt(dotRows(centers, offset, centers, offset, dim));
  if (norm > 0) for (let t = 0; t < dim; t += 1) centers[offset + t]! /= norm;
}

/** k-means++ seeding on a sample: spread-out starting centers make the result depend little on the seed. */
function seedCenters(m: Matrix, sample: Int32Array, k: number, random: () => number): Float32Array {
  const { data, dim } = m;
  const centers = new Float32Array(k * dim);
  const distance = new Float64Array(sample.length).fill(Infinity);
  let chosen = sample[Math.floor(random() * sample.length)]!;
  for (let j = 0; j < k; j += 1) {
    centers.set(data.subarray(chosen * dim, chosen * dim + dim), j * dim);
    let total = 0;
    for (let i = 0; i < sample.length; i += 1) {
      const d = Math.max(0, 1 - dotRows(data, sample[i]! * dim, centers, j * dim, dim));
      if (d * d < distance[i]!) distance[i] = d * d;
      total += distance[i]!;
    }
    if (total <= 0) {
      chosen = sample[Math.floor(random() * sample.length)]!;
      continue;
    }
    let r = random() * total;
    let pick = sample.length - 1;
    for (let i = 0; i < sample.length; i += 1) {
      r -= distance[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    chosen = sample[pick]!;
  }
  return centers;
}

/**
 * Spherical k-means (cosine) on unit rows `rows` of m: k-means++ on a sample, mini-batch steps
 * (Sculley 2010, per-center learning rate 1/count), then full passes until assignments settle.
 * Deterministic for a seed.
 */
export function sphericalKMeans(m: Matrix, rows: Int32Array, options: KMeansOptions): KMeansResult {
  const { data, dim } = m;
  const n = rows.length;
  const k = Math.max(1, Math.min(options.k, n));
  const random = seededRandom(options.seed);
  const assignment = new Int32Array(n);
  const similarity = new Float32Array(n);
  if (n === 0) return { centers: new Float32Array(0), k: 0, assignment, similarity };

  const centers = options.initialCenters ? Float32Array.from(options.initialCenters.subarray(0, k * dim)) : seedCenters(m, sampleIndices(rows, Math.min(n, Math.max(3 * k, 3072)), random), k, random);
  const counts = new Float64Array(k);

  const batchSize = Math.min(n, options.batchSize ?? 1024);
  const steps = options.initialCenters ? 0 : Math.ceil(((options.miniBatchEpochs ?? 2) * n) / batchSize);
  const batchAssign = new Int32Array(batchSize);
  const batchRows = new Int32Array(batchSize);
  for (let step = 0; step < steps; step += 1) {
    throwIfAborted(options.signal);
    for (let b = 0; b < batchSize; b += 1) {
      const row = rows[Math.floor(random() * n)]!;
      batchRows[b] = row;
      batchAssign[b] = nearestCenter(data, row * dim, centers, k, dim).index;
    }
    for (let b = 0; b < batchSize; b += 1) {
      const j = batchAssign[b]!;
      counts[j]! += 1;
      const eta = 1 / counts[j]!;
      const co = j * dim;
      const xo = batchRows[b]! * dim;
      for (let t = 0; t < dim; t += 1) centers[co + t] = centers[co + t]! * (1 - eta) + data[xo + t]! * eta;
    }
    for (let j = 0; j < k; j += 1) normalizeCenter(centers, j, dim);
  }

  const maxPasses = Math.max(1, options.maxFullPasses ?? 3);
  const sums = new Float64Array(k * dim);
  const sizes = new Int32Array(k);
  assignment.fill(-1);
  for (let pass = 0; pass < maxPasses; pass += 1) {
    throwIfAborted(options.signal);
    let changed = 0;
    for (let i = 0; i < n; i += 1) {
      const best = nearestCenter(data, rows[i]! * dim, centers, k, dim);
      if (best.index !== assignment[i]) changed += 1;
      assignment[i] = best.index;
      similarity[i] = best.similarity;
    }
    if (pass === maxPasses - 1 || changed <= n * 0.001) break;
    sums.fill(0);
    sizes.fill(0);
    for (let i = 0; i < n; i += 1) {
      const j = assignment[i]!;
      sizes[j]! += 1;
      const xo = rows[i]! * dim;
      const so = j * dim;
      for (let t = 0; t < dim; t += 1) sums[so + t]! += data[xo + t]!;
    }
    reseedEmpty(sizes, similarity, rows, m, sums);
    for (let j = 0; j < k * dim; j += 1) centers[j] = sums[j]!;
    for (let j = 0; j < k; j += 1) normalizeCenter(centers, j, dim);
  }
  return { centers, k, assignment, similarity };
}

/** An empty cluster takes the worst-fitting point as its center, so k clusters stay k. */
function reseedEmpty(sizes: Int32Array, similarity: Float32Array, rows: Int32Array, m: Matrix, sums: Float64Array): void {
  const { data, dim } = m;
  const taken = new Set<number>();
  for (let j = 0; j < sizes.length; j += 1) {
    if (sizes[j]! > 0) continue;
    let worst = -1;
    for (let i = 0; i < rows.length; i += 1) if (!taken.has(i) && (worst < 0 || similarity[i]! < similarity[worst]!)) worst = i;
    if (worst < 0) return;
    taken.add(worst);
    const xo = rows[worst]! * dim;
    for (let t = 0; t < dim; t += 1) sums[j * dim + t] = data[xo + t]!;
  }
}
