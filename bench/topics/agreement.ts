/** Agreement between a clustering and reference labels, as scikit-learn computes them. */

function contingency(a: readonly (string | number)[], b: readonly (string | number)[]) {
  const ai = new Map<string | number, number>();
  const bi = new Map<string | number, number>();
  const cells = new Map<string, number>();
  for (let i = 0; i < a.length; i += 1) {
    if (!ai.has(a[i]!)) ai.set(a[i]!, ai.size);
    if (!bi.has(b[i]!)) bi.set(b[i]!, bi.size);
    const key = `${ai.get(a[i]!)}:${bi.get(b[i]!)}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const rowSums = new Array<number>(ai.size).fill(0);
  const colSums = new Array<number>(bi.size).fill(0);
  for (const [key, count] of cells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    rowSums[r]! += count;
    colSums[c]! += count;
  }
  return { cells, rowSums, colSums, n: a.length };
}

const entropy = (sums: number[], n: number): number => sums.reduce((h, s) => (s > 0 ? h - (s / n) * Math.log(s / n) : h), 0);

/** Normalized mutual information, arithmetic mean normalization (scikit-learn's default). */
export function nmi(truth: readonly (string | number)[], predicted: readonly (string | number)[]): number {
  const { cells, rowSums, colSums, n } = contingency(truth, predicted);
  let mi = 0;
  for (const [key, count] of cells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    mi += (count / n) * Math.log((count * n) / (rowSums[r]! * colSums[c]!));
  }
  const hTruth = entropy(rowSums, n);
  const hPred = entropy(colSums, n);
  if (hTruth === 0 && hPred === 0) return 1;
  const denominator = (hTruth + hPred) / 2;
  return denominator > 0 ? Math.max(0, mi) / denominator : 0;
}

const pairs = (x: number): number => (x * (x - 1)) / 2;

/** Adjusted Rand index. */
export function ari(truth: readonly (string | number)[], predicted: readonly (string | number)[]): number {
  const { cells, rowSums, colSums, n } = contingency(truth, predicted);
  let index = 0;
  for (const count of cells.values()) index += pairs(count);
  const rows = rowSums.reduce((s, x) => s + pairs(x), 0);
  const cols = colSums.reduce((s, x) => s + pairs(x), 0);
  const expected = (rows * cols) / pairs(n);
  const max = (rows + cols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
