import { sphericalKMeans } from './kmeans';
import { range } from './random';
import type { Matrix } from './vectors';

export interface OverClustering {
  k: number;
  /** k unit rows. */
  centers: Float32Array;
  /** Cluster of every row of the matrix. */
  assignment: Int32Array;
  similarity: Float32Array;
}

/** Multiply-adds one full flat assignment pass may cost before the two-level scheme takes over (~1-2 s here). */
const FLAT_PASS_BUDGET = 3e8;
/** Up to this many rows, flat k-means whatever the width: quality matters more than seconds there. */
const FLAT_MAX_ROWS = 5000;

const MAX_RESTARTS = 5;
/** Multiply-adds all full passes (and restarts) of the flat scheme may spend. */
const FULL_PASSES_BUDGET = 6e9;

export const defaultOverClusterCount = (n: number): number => Math.max(1, Math.min(n, Math.round(2.5 * Math.sqrt(n))));

/**
 * Many small clusters for the merge step to join. Small inputs get flat k-means with full passes;
 * large ones a coarse k-means (~sqrt(k) cells) then k-means inside each cell, which divides the
 * cost of a pass by ~sqrt(k) and keeps 100k x 384 within seconds.
 */
export function overCluster(m: Matrix, options: { seed: number; k?: number; signal?: AbortSignal; progress?: (done: number, total: number) => void }): OverClustering {
  const n = m.rows;
  const k = Math.max(1, Math.min(n, options.k ?? defaultOverClusterCount(n)));
  const rows = range(n);
  const passCost = n * k * m.dim;
  if (n <= FLAT_MAX_ROWS || passCost <= FLAT_PASS_BUDGET) {
    const maxFullPasses = Math.max(2, Math.min(15, Math.floor(FULL_PASSES_BUDGET / Math.max(1, passCost))));
    // Small inputs can afford restarts; the best-fitting one (highest total similarity) wins, like sklearn's n_init.
    const restarts = Math.max(1, Math.min(MAX_RESTARTS, Math.floor(FULL_PASSES_BUDGET / Math.max(1, passCost * maxFullPasses))));
    let best: OverClustering | undefined;
    let bestFit = -Infinity;
    for (let r = 0; r < restarts; r += 1) {
      const result = sphericalKMeans(m, rows, { k, seed: options.seed + 104729 * r, miniBatchEpochs: 2, maxFullPasses, signal: options.signal });
      const fit = result.similarity.reduce((a, b) => a + b, 0);
      if (fit > bestFit) {
        bestFit = fit;
        best = { k: result.k, centers: result.centers, assignment: result.assignment, similarity: result.similarity };
      }
      options.progress?.(r + 1, restarts);
    }
    return best!;
  }

  const coarseK = Math.max(2, Math.round(Math.sqrt(k)));
  const coarse = sphericalKMeans(m, rows, { k: coarseK, seed: options.seed, miniBatchEpochs: 1, maxFullPasses: 2, signal: options.signal });
  const cells: number[][] = Array.from({ length: coarse.k }, () => []);
  for (let i = 0; i < n; i += 1) cells[coarse.assignment[i]!]!.push(i);

  const centers = new Float32Array(k * m.dim);
  const assignment = new Int32Array(n);
  const similarity = new Float32Array(n);
  let next = 0;
  for (const [c, cell] of cells.entries()) {
    if (cell.length === 0) continue;
    const cellRows = Int32Array.from(cell);
    const cellK = Math.max(1, Math.min(cell.length, k - next - (cells.length - c - 1), Math.round((k * cell.length) / n)));
    const fine = sphericalKMeans(m, cellRows, { k: cellK, seed: options.seed + 7919 * (c + 1), miniBatchEpochs: 1, maxFullPasses: 2, signal: options.signal });
    centers.set(fine.centers, next * m.dim);
    for (let i = 0; i < cellRows.length; i += 1) {
      assignment[cellRows[i]!] = next + fine.assignment[i]!;
      similarity[cellRows[i]!] = fine.similarity[i]!;
    }
    next += fine.k;
    options.progress?.(c + 1, cells.length);
  }
  return { k: next, centers: centers.subarray(0, next * m.dim), assignment, similarity };
}
