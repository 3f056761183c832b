/** Seeded PRNG (mulberry32): clustering is the same for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
