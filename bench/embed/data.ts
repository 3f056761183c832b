import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Utterance {
  text: string;
  category: string;
}

const DATA = resolve(import.meta.dirname, '../../../shared/data/banking77');

/** BANKING77 utterances (read from the shared data folder, never copied into the repo). */
export function banking77(split: 'train' | 'test'): Utterance[] {
  return (parse(readFileSync(resolve(DATA, `${split}.csv`)), { columns: true }) as Utterance[]).map(
    (r) => ({ text: r.text.trim(), category: r.category }),
  );
}

/** The most frequent lower-case words, for the generated model's WordPiece vocabulary. */
export function frequentWords(texts: readonly string[], count: number): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const w of text.toLowerCase().match(/[a-z]+/g) ?? [])
      counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([w]) => w);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** recall@k: share of queries with at least one of the k nearest passages of the same intent. */
export function recallAtK(
  queries: readonly Float32Array[],
  queryLabels: readonly string[],
  passages: readonly Float32Array[],
  passageLabels: readonly string[],
  k = 10,
): number {
  let hits = 0;
  queries.forEach((q, qi) => {
    const scores = passages.map((p, i) => {
      let s = 0;
      for (let d = 0; d < q.length; d += 1) s += q[d]! * p[d]!;
      return { i, s };
    });
    scores.sort((a, b) => b.s - a.s);
    if (scores.slice(0, k).some(({ i }) => passageLabels[i] === queryLabels[qi])) hits += 1;
  });
  return hits / queries.length;
}
