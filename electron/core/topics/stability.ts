import { dotRows } from './vectors';

export interface PreviousTopic {
  id: string;
  centroid: Float32Array;
}

/** The next free id of the form t<N>, after every id already used. */
export function nextTopicIdFactory(used: Iterable<string>): () => string {
  let max = 0;
  for (const id of used) {
    const match = /^t(\d+)$/.exec(id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return () => `t${(max += 1)}`;
}

/**
 * Ids for freshly discovered topics: each takes the id of the previous topic whose centroid is most
 * similar (one-to-one, greedy from the most similar pair, at least `minSimilarity`); the others get
 * new ids. So a re-run keeps ids, and the user's edits keep pointing at the same topics.
 */
export function matchTopicIds(previous: readonly PreviousTopic[], centroids: Float32Array, topics: number, dim: number, options: { minSimilarity?: number; usedIds?: Iterable<string> } = {}): string[] {
  const minSimilarity = options.minSimilarity ?? 0.6;
  const pairs: Array<{ next: number; prev: number; similarity: number }> = [];
  for (const [p, topic] of previous.entries()) {
    if (topic.centroid.length !== dim) continue;
    for (let t = 0; t < topics; t += 1) {
      const similarity = dotRows(centroids, t * dim, topic.centroid, 0, dim);
      if (similarity >= minSimilarity) pairs.push({ next: t, prev: p, similarity });
    }
  }
  pairs.sort((a, b) => b.similarity - a.similarity || a.next - b.next || a.prev - b.prev);
  const ids: Array<string | undefined> = new Array(topics).fill(undefined);
  const takenPrevious = new Set<number>();
  for (const pair of pairs) {
    if (ids[pair.next] !== undefined || takenPrevious.has(pair.prev)) continue;
    ids[pair.next] = previous[pair.prev]!.id;
    takenPrevious.add(pair.prev);
  }
  const nextId = nextTopicIdFactory([...previous.map((p) => p.id), ...(options.usedIds ?? [])]);
  return ids.map((id) => id ?? nextId());
}
