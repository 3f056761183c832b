import { cutDendrogram, type Merge } from './agglomerate';
import { sampleIndices, seededRandom } from './random';
import { dotRows, type Matrix } from './vectors';

/**
 * Relative silhouette loss accepted for a coarser cut. Measured on bench/topics' sets: 0.15 (at most
 * MAX_LOSS) gives fewer topics everywhere (BANKING77 136 → 126, DSTC11 insurance 50 → 43, banking
 * 30 → 22, finance 52 → 49, FloDial dialogues 22 → 17) at the same or better NMI, except DSTC11
 * banking (0.664 → 0.657).
 */
const TOLERANCE = 0.15;
/** Clearly separated groups have a high, peaked silhouette: there the loss accepted stays small. */
const MAX_LOSS = 0.02;

export interface CutChoice {
  /** Merges to apply. */
  applied: number;
  groups: number;
  silhouette: number;
}

/** Candidate numbers of groups: every count when there are few, a geometric ladder otherwise. */
function candidateGroupCounts(k: number, maxCandidates: number): number[] {
  const low = 2;
  if (k - low + 1 <= maxCandidates) return Array.from({ length: k - low + 1 }, (_, i) => low + i);
  const counts = new Set<number>();
  const ratio = Math.pow(k / low, 1 / (maxCandidates - 1));
  for (let i = 0; i < maxCandidates; i += 1) counts.add(Math.round(low * Math.pow(ratio, i)));
  counts.add(k);
  return [...counts].sort((a, b) => a - b);
}

/** Mean silhouette of the sample for one labelling, from the sample's precomputed distances. */
function silhouette(distance: Float32Array, s: number, label: Int32Array, groups: number): number {
  const sizes = new Int32Array(groups);
  for (let i = 0; i < s; i += 1) sizes[label[i]!]! += 1;
  const sumTo = new Float64Array(groups);
  let total = 0;
  for (let i = 0; i < s; i += 1) {
    sumTo.fill(0);
    const row = i * s;
    for (let j = 0; j < s; j += 1) sumTo[label[j]!]! += distance[row + j]!;
    const own = label[i]!;
    if (sizes[own]! <= 1) continue;
    const a = sumTo[own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let g = 0; g < groups; g += 1) if (g !== own && sizes[g]! > 0) b = Math.min(b, sumTo[g]! / sizes[g]!);
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b, 1e-12);
  }
  return total / s;
}

/**
 * Chooses how far to merge: the cut of the dendrogram whose labelling of a sample of points has the
 * best mean silhouette (cosine distance). Granularity then scales the number of groups around it.
 */
export function chooseCut(m: Matrix, rowsCluster: Int32Array, merges: readonly Merge[], k: number, options: { seed: number; sampleSize?: number; maxCandidates?: number; tolerance?: number }): CutChoice {
  if (k <= 2) return { applied: 0, groups: k, silhouette: 0 };
  const random = seededRandom(options.seed ^ 0x5bd1e995);
  const all = Int32Array.from({ length: rowsCluster.length }, (_, i) => i);
  const sample = sampleIndices(all, options.sampleSize ?? 1500, random);
  const s = sample.length;
  const distance = new Float32Array(s * s);
  for (let i = 0; i < s; i += 1) {
    for (let j = i + 1; j < s; j += 1) {
      const d = 1 - dotRows(m.data, sample[i]! * m.dim, m.data, sample[j]! * m.dim, m.dim);
      distance[i * s + j] = d;
      distance[j * s + i] = d;
    }
  }
  const label = new Int32Array(s);
  const scored: CutChoice[] = [];
  for (const groups of candidateGroupCounts(k, options.maxCandidates ?? 60)) {
    const applied = k - groups;
    const { groupOf } = cutDendrogram(k, merges, applied);
    for (let i = 0; i < s; i += 1) label[i] = groupOf[rowsCluster[sample[i]!]!]!;
    scored.push({ applied, groups, silhouette: silhouette(distance, s, label, groups) });
  }
  const best = Math.max(...scored.map((c) => c.silhouette));
  // The silhouette curve of sparse text is flat near its top and its argmax over-splits: take the
  // coarsest cut that is within a small tolerance of the best (like the one-standard-error rule).
  const tolerance = Math.min(MAX_LOSS, (options.tolerance ?? TOLERANCE) * Math.abs(best));
  return scored.filter((c) => c.silhouette >= best - tolerance).sort((a, b) => a.groups - b.groups)[0]!;
}
