import { averageLinkage, cutDendrogram } from './agglomerate';
import { chooseCut } from './choose-cut';
import { sphericalKMeans } from './kmeans';
import { overCluster } from './overcluster';
import { range } from './random';
import { dotRows, type Matrix } from './vectors';

export const OUTLIER = -1;

export interface DiscoverOptions {
  seed?: number;
  /** Multiplies the automatically chosen number of topics: 2 = twice as many, finer topics. */
  granularity?: number;
  /** Over-clustering k (default 2.5·sqrt(n)). */
  overClusters?: number;
  /** Topics smaller than this go to the outlier bucket (default max(3, n/2000)). */
  minTopicSize?: number;
  /** A point further than this many standard deviations below its topic's mean similarity is an outlier. */
  outlierZ?: number;
  signal?: AbortSignal;
  progress?: (phase: string, done: number, total: number) => void;
}

export interface Discovery {
  /** Topic of every row, OUTLIER (-1) for the outlier bucket. Topics are numbered by size, largest first. */
  topicOf: Int32Array;
  /** Cosine similarity of every row to its topic's centroid (to its nearest one for outliers). */
  similarity: Float32Array;
  /** topics x dim unit centroids. */
  centroids: Float32Array;
  sizes: Int32Array;
  topics: number;
  /** Number of topics the automatic cut chose, before granularity and outlier removal. */
  autoTopics: number;
  silhouette: number;
}

/** Sum of the unit rows of each group. */
function groupSums(m: Matrix, groupOf: Int32Array, groups: number): { sums: Float32Array; sizes: Int32Array } {
  const sums64 = new Float64Array(groups * m.dim);
  const sizes = new Int32Array(groups);
  for (let i = 0; i < m.rows; i += 1) {
    const g = groupOf[i]!;
    if (g < 0) continue;
    sizes[g]! += 1;
    const xo = i * m.dim;
    const so = g * m.dim;
    for (let t = 0; t < m.dim; t += 1) sums64[so + t]! += m.data[xo + t]!;
  }
  return { sums: Float32Array.from(sums64), sizes };
}

function unitRows(sums: Float32Array, dim: number): Float32Array {
  const out = Float32Array.from(sums);
  for (let o = 0; o < out.length; o += dim) {
    const norm = Math.sqrt(dotRows(out, o, out, o, dim));
    if (norm > 0) for (let t = 0; t < dim; t += 1) out[o + t]! /= norm;
  }
  return out;
}

export type NumberedTopics = Pick<Discovery, 'topicOf' | 'similarity' | 'centroids' | 'sizes' | 'topics'>;

/**
 * Numbers the groups of `groupOf` (OUTLIER for none) largest first, so that the numbering does not
 * depend on how they were formed, with their centroids and every row's similarity to its own (outliers
 * keep theirs from `outlierSimilarity`).
 */
export function numberTopicsBySize(m: Matrix, groupOf: Int32Array, groups: number, outlierSimilarity: Float32Array): NumberedTopics {
  const counts = new Int32Array(groups);
  for (const g of groupOf) if (g >= 0) counts[g]! += 1;
  const order = Array.from({ length: groups }, (_, g) => g).filter((g) => counts[g]! > 0).sort((a, b) => counts[b]! - counts[a]! || a - b);
  const renumber = new Int32Array(groups).fill(OUTLIER);
  order.forEach((g, index) => (renumber[g] = index));
  const topicOf = Int32Array.from(groupOf, (g) => (g < 0 ? OUTLIER : renumber[g]!));
  const { sums, sizes } = groupSums(m, topicOf, order.length);
  const centroids = unitRows(sums, m.dim);
  const similarity = Float32Array.from(topicOf, (t, i) => (t >= 0 ? dotRows(m.data, i * m.dim, centroids, t * m.dim, m.dim) : outlierSimilarity[i]!));
  return { topicOf, similarity, centroids, sizes, topics: order.length };
}

/** Multiply-adds the refinement passes may spend in all. */
const REFINE_BUDGET = 3e9;
/** Beyond this, a full pass over all topics costs more than it brings. */
const REFINE_MAX_ROWS = 5000;

/**
 * A few k-means passes started from the merged topics' centroids: points the over-clustering put
 * on the wrong side of a merged boundary move to the topic they are closest to. Skipped when too costly.
 */
function refine(m: Matrix, merged: Int32Array, groups: number, seed: number, signal: AbortSignal | undefined): Int32Array {
  const passCost = m.rows * groups * m.dim;
  const passes = m.rows > REFINE_MAX_ROWS ? 0 : Math.min(10, Math.floor(REFINE_BUDGET / Math.max(1, passCost)));
  if (passes < 2) return merged;
  const { sums } = groupSums(m, merged, groups);
  const result = sphericalKMeans(m, range(m.rows), { k: groups, seed, initialCenters: unitRows(sums, m.dim), maxFullPasses: passes, signal });
  return result.assignment;
}

/**
 * Topic discovery: over-cluster with k-means, merge clusters by average linkage up to the cut with
 * the best silhouette (scaled by granularity), then move tiny topics and far-off points to the
 * outlier bucket. Deterministic for a seed.
 */
export function discoverTopics(m: Matrix, options: DiscoverOptions = {}): Discovery {
  const n = m.rows;
  const seed = options.seed ?? 42;
  const empty: Discovery = { topicOf: new Int32Array(n).fill(OUTLIER), similarity: new Float32Array(n), centroids: new Float32Array(0), sizes: new Int32Array(0), topics: 0, autoTopics: 0, silhouette: 0 };
  if (n === 0) return empty;
  const minTopicSize = Math.min(n, options.minTopicSize ?? Math.max(3, Math.ceil(n / 2000)));

  options.progress?.('cluster', 0, 3);
  const over = overCluster(m, { seed, k: options.overClusters, signal: options.signal });
  const { sums: overSums, sizes: overSizes } = groupSums(m, over.assignment, over.k);
  options.progress?.('merge', 1, 3);
  const merges = averageLinkage(overSums, overSizes, m.dim);
  const cut = chooseCut(m, over.assignment, merges, over.k, { seed });
  const wanted = Math.max(1, Math.min(over.k, Math.round(cut.groups * (options.granularity ?? 1))));
  const { groupOf } = cutDendrogram(over.k, merges, over.k - wanted);
  options.progress?.('outliers', 2, 3);

  const merged = Int32Array.from(over.assignment, (c) => groupOf[c]!);
  const raw = refine(m, merged, wanted, seed, options.signal);
  const { sums, sizes } = groupSums(m, raw, wanted);
  const rawCentroids = unitRows(sums, m.dim);
  const similarity = new Float32Array(n);
  for (let i = 0; i < n; i += 1) similarity[i] = dotRows(m.data, i * m.dim, rawCentroids, raw[i]! * m.dim, m.dim);

  const tooSmall = n >= 2 * minTopicSize;
  const mean = new Float64Array(wanted);
  const squares = new Float64Array(wanted);
  for (let i = 0; i < n; i += 1) {
    mean[raw[i]!]! += similarity[i]!;
    squares[raw[i]!]! += similarity[i]! * similarity[i]!;
  }
  const z = options.outlierZ ?? 2.5;
  const kept = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const g = raw[i]!;
    const size = sizes[g]!;
    const mu = mean[g]! / size;
    const sd = Math.sqrt(Math.max(0, squares[g]! / size - mu * mu));
    const isOutlier = (tooSmall && size < minTopicSize) || (size >= minTopicSize && similarity[i]! < mu - z * sd);
    kept[i] = isOutlier ? OUTLIER : g;
  }

  const numbered = numberTopicsBySize(m, kept, wanted, similarity);
  return { ...numbered, autoTopics: cut.groups, silhouette: cut.silhouette };
}
