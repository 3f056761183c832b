import { nearestCenter, type Matrix } from './vectors';

export interface Assignment {
  /** Topic index of every row, -1 (outlier) when no topic is similar enough. */
  topicOf: Int32Array;
  similarity: Float32Array;
}

/**
 * Incremental assignment of newly imported conversations to the existing topics: the nearest
 * centroid, or the outlier bucket below `minSimilarity[topic]` (the topic's own outlier floor).
 */
export function assignToTopics(m: Matrix, centroids: Float32Array, topics: number, minSimilarity?: Float32Array): Assignment {
  const topicOf = new Int32Array(m.rows).fill(-1);
  const similarity = new Float32Array(m.rows);
  if (topics === 0) return { topicOf, similarity };
  for (let i = 0; i < m.rows; i += 1) {
    const best = nearestCenter(m.data, i * m.dim, centroids, topics, m.dim);
    similarity[i] = best.similarity;
    topicOf[i] = best.similarity >= (minSimilarity?.[best.index] ?? -Infinity) ? best.index : -1;
  }
  return { topicOf, similarity };
}

/** Each topic's outlier floor: the lowest similarity among its members (outliers excluded). */
export function topicFloors(topicOf: Int32Array, similarity: Float32Array, topics: number): Float32Array {
  const floors = new Float32Array(topics).fill(Infinity);
  for (let i = 0; i < topicOf.length; i += 1) {
    const t = topicOf[i]!;
    if (t >= 0 && similarity[i]! < floors[t]!) floors[t] = similarity[i]!;
  }
  return floors.map((f) => (Number.isFinite(f) ? f : -1));
}
