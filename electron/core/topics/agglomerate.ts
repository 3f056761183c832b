import { dotRows } from './vectors';

export interface Merge {
  /** Cluster ids merged; the new cluster gets id `k + step` like SciPy's linkage. */
  a: number;
  b: number;
  /** Average pairwise cosine distance between the two groups of points. */
  distance: number;
  size: number;
}

/**
 * Average-linkage agglomeration of clusters given their sums of unit vectors and sizes.
 * The mean cosine over all point pairs of A x B is exactly sumA·sumB / (|A||B|), so this is the
 * true point-level average linkage, computed on k clusters instead of n points.
 */
export function averageLinkage(sums: Float32Array, sizes: Int32Array, dim: number): Merge[] {
  const k = sizes.length;
  if (k < 2) return [];
  const distance = new Float64Array(k * k);
  for (let i = 0; i < k; i += 1) {
    for (let j = i + 1; j < k; j += 1) {
      const denominator = Math.max(1, sizes[i]!) * Math.max(1, sizes[j]!);
      const d = 1 - dotRows(sums, i * dim, sums, j * dim, dim) / denominator;
      distance[i * k + j] = d;
      distance[j * k + i] = d;
    }
  }
  const size = Float64Array.from(sizes, (s) => Math.max(1, s));
  const active = new Uint8Array(k).fill(1);
  const clusterId = Int32Array.from({ length: k }, (_, i) => i);
  const nearest = new Int32Array(k);
  const nearestDistance = new Float64Array(k);
  const refresh = (i: number): void => {
    let best = -1;
    let bestDistance = Infinity;
    for (let j = 0; j < k; j += 1) {
      if (j === i || !active[j]) continue;
      const d = distance[i * k + j]!;
      if (d < bestDistance) {
        bestDistance = d;
        best = j;
      }
    }
    nearest[i] = best;
    nearestDistance[i] = bestDistance;
  };
  for (let i = 0; i < k; i += 1) refresh(i);

  const merges: Merge[] = [];
  for (let step = 0; step < k - 1; step += 1) {
    let a = -1;
    for (let i = 0; i < k; i += 1) if (active[i] && (a < 0 || nearestDistance[i]! < nearestDistance[a]!)) a = i;
    const b = nearest[a]!;
    const merged = size[a]! + size[b]!;
    merges.push({ a: clusterId[a]!, b: clusterId[b]!, distance: nearestDistance[a]!, size: merged });
    // Lance-Williams update for average linkage; the merged cluster lives on in slot a.
    for (let j = 0; j < k; j += 1) {
      if (!active[j] || j === a || j === b) continue;
      const d = (size[a]! * distance[a * k + j]! + size[b]! * distance[b * k + j]!) / merged;
      distance[a * k + j] = d;
      distance[j * k + a] = d;
    }
    active[b] = 0;
    size[a] = merged;
    clusterId[a] = k + step;
    for (let j = 0; j < k; j += 1) {
      if (!active[j]) continue;
      if (j === a || nearest[j] === a || nearest[j] === b) refresh(j);
      else if (distance[j * k + a]! < nearestDistance[j]!) {
        nearest[j] = a;
        nearestDistance[j] = distance[j * k + a]!;
      }
    }
  }
  return merges;
}

/** The group (0..groups-1) of each of the k leaves after applying the first `applied` merges. */
export function cutDendrogram(k: number, merges: readonly Merge[], applied: number): { groupOf: Int32Array; groups: number } {
  const parent = Int32Array.from({ length: 2 * k }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const count = Math.max(0, Math.min(applied, merges.length));
  for (let step = 0; step < count; step += 1) {
    const merge = merges[step]!;
    parent[find(merge.a)] = k + step;
    parent[find(merge.b)] = k + step;
  }
  const groupOf = new Int32Array(k);
  const numbering = new Map<number, number>();
  for (let i = 0; i < k; i += 1) {
    const root = find(i);
    let group = numbering.get(root);
    if (group === undefined) {
      group = numbering.size;
      numbering.set(root, group);
    }
    groupOf[i] = group;
  }
  return { groupOf, groups: numbering.size };
}
