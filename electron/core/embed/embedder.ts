/** Turns texts into L2-normalized vectors. Queries and passages differ for models trained with prefixes (e5). */
export interface Embedder {
  /** Stable id, stored next to the vectors: 'lexical' or a model id such as 'Xenova/multilingual-e5-small'. */
  readonly id: string;
  readonly dimension: number;
  embedQueries(texts: readonly string[]): Promise<Float32Array[]>;
  embedPassages(texts: readonly string[]): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}

/** Scales a vector to unit length in place; a zero vector stays zero. */
export function l2Normalize(vector: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < vector.length; i += 1) sum += vector[i]! * vector[i]!;
  if (sum > 0) {
    const scale = 1 / Math.sqrt(sum);
    for (let i = 0; i < vector.length; i += 1) vector[i]! *= scale;
  }
  return vector;
}

export function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) sum += a[i]! * b[i]!;
  return sum;
}
