import { mulberry32 } from '../util/mulberry32';

/** Seeded PRNG: clustering is the same for the same seed on every machine. */
export const seededRandom = mulberry32;

/** `count` distinct values of `pool` in random order (partial Fisher-Yates on a copy). */
export function sampleIndices(pool: Int32Array, count: number, random: () => number): Int32Array {
  const copy = Int32Array.from(pool);
  const take = Math.min(count, copy.length);
  for (let i = 0; i < take; i += 1) {
    const j = i + Math.floor(random() * (copy.length - i));
    const tmp = copy[i]!;
    copy[i] = copy[j]!;
    copy[j] = tmp;
  }
  return copy.subarray(0, take);
}

export const range = (n: number): Int32Array => {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i += 1) out[i] = i;
  return out;
};
