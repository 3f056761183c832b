/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (Lin, 2004) with precision, recall and F1, on lower-cased word
 * tokens (letters and digits; each Chinese character is a token, as ROUGE for Chinese usually does).
 */

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
}

export function rougeTokens(text: string): string[] {
  return (text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((t) => t.replace(/’/g, "'"));
}

const prf = (overlap: number, candidateSize: number, referenceSize: number): Prf => {
  const precision = candidateSize === 0 ? 0 : overlap / candidateSize;
  const recall = referenceSize === 0 ? 0 : overlap / referenceSize;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i += 1) {
    const gram = tokens.slice(i, i + n).join('\u0001');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Clipped n-gram overlap (each reference n-gram matches at most as often as it occurs). */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): Prf {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return prf(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence, in O(n·m) time and O(m) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export function rougeL(candidate: readonly string[], reference: readonly string[]): Prf {
  return prf(lcsLength(candidate, reference), candidate.length, reference.length);
}

export function rouge(candidateText: string, referenceText: string): RougeScores {
  const c = rougeTokens(candidateText);
  const r = rougeTokens(referenceText);
  return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: rougeL(c, r) };
}

/** Mean of each measure over several scores (macro average). */
export function meanScores(scores: readonly RougeScores[]): RougeScores {
  const mean = (pick: (s: RougeScores) => Prf): Prf => {
    const n = Math.max(1, scores.length);
    return {
      precision: scores.reduce((t, s) => t + pick(s).precision, 0) / n,
      recall: scores.reduce((t, s) => t + pick(s).recall, 0) / n,
      f1: scores.reduce((t, s) => t + pick(s).f1, 0) / n,
    };
  };
  return { rouge1: mean((s) => s.rouge1), rouge2: mean((s) => s.rouge2), rougeL: mean((s) => s.rougeL) };
}
