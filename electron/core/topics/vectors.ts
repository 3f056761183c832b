/** Row-major float32 matrix: row i is data[i*dim .. (i+1)*dim). No per-row objects, so 100k rows stay cheap. */
export interface Matrix {
  readonly data: Float32Array;
  readonly rows: number;
  readonly dim: number;
}

export const matrix = (data: Float32Array, dim: number): Matrix => {
  if (dim <= 0 || data.length % dim !== 0) throw new RangeError(`A matrix of width ${dim} cannot hold ${data.length} values.`);
  return { data, rows: data.length / dim, dim };
};

/** Dot product of row a of A and row b of B (same width), unrolled because it is the inner loop of everything here. */
export function dotRows(a: Float32Array, aOffset: number, b: Float32Array, bOffset: number, dim: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let t = 0;
  for (; t + 3 < dim; t += 4) {
    s0 += a[aOffset + t]! * b[bOffset + t]!;
    s1 += a[aOffset + t + 1]! * b[bOffset + t + 1]!;
    s2 += a[aOffset + t + 2]! * b[bOffset + t + 2]!;
    s3 += a[aOffset + t + 3]! * b[bOffset + t + 3]!;
  }
  for (; t < dim; t += 1) s0 += a[aOffset + t]! * b[bOffset + t]!;
  return s0 + s1 + s2 + s3;
}

/** Scales every row to unit length in place; zero rows stay zero. */
export function normalizeRows(data: Float32Array, dim: number): Float32Array {
  for (let offset = 0; offset < data.length; offset += dim) {
    const norm = Math.sqrt(dotRows(data, offset, data, offset, dim));
    if (norm > 0) for (let t = 0; t < dim; t += 1) data[offset + t]! /= norm;
  }
  return data;
}

export interface NearestResult {
  /** Index of the best row of the centers, -1 when there are none. */
  index: number;
  similarity: number;
  /** Second best similarity (for margins), -Infinity when there is one center. */
  second: number;
}

/** The center (unit rows) most similar by cosine to row `offset` of data. */
export function nearestCenter(data: Float32Array, offset: number, centers: Float32Array, count: number, dim: number): NearestResult {
  let index = -1;
  let similarity = -Infinity;
  let second = -Infinity;
  for (let j = 0; j < count; j += 1) {
    const s = dotRows(data, offset, centers, j * dim, dim);
    if (s > similarity) {
      second = similarity;
      similarity = s;
      index = j;
    } else if (s > second) second = s;
  }
  return { index, similarity, second };
}
