/** Reciprocal rank fusion's constant: 60 is the value of Cormack et al. and what most engines use. */
export const RRF_K = 60;

/**
 * Fuses ranked lists of keys: each key scores the sum of 1 / (k + rank) over the lists it appears
 * in (rank from 1). Ties keep the order of first appearance, so results are deterministic.
 */
export function reciprocalRankFusion(
  lists: ReadonlyArray<readonly string[]>,
  k = RRF_K,
): Array<{ key: string; score: number }> {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.forEach((key, index) => scores.set(key, (scores.get(key) ?? 0) + 1 / (k + index + 1)));
  }
  return [...scores.entries()]
    .map(([key, score]) => ({ key, score }))
    .sort((a, b) => b.score - a.score);
}
