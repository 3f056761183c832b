import { tokenize } from '../../../shared/text/segment';

/**
 * Content-word overlap, the deterministic half of de-duplication: two paraphrases of a step share
 * most of their content words ("Does the ticking happen only when moving?" / "Is it only when the
 * car is moving that you hear the ticking?") even where a lexical embedding scores them apart.
 */

const STOPWORDS = new Set(
  ('a an the and or but if then so of to in on at by for with from as into onto over under about up down out off ' +
    'is are was were be been being am do does did done have has had having can could will would shall should may might must ' +
    'i me my mine you your yours we us our he him his she her it its they them their this that these those there here ' +
    'what which who whom whose when where why how not no nor only just also very too more most some any all each both ' +
    'please okay ok yes sure let lets get got go going make sure try now again still any anything something thing things ' +
    '的 了 是 在 吗 呢 吧 啊 您 你 我 请 和 就 都 也 还 把 被 一下 一个 这个 那个 可以 需要').split(/\s+/),
);

const stem = (word: string): string => word.replace(/(?:ing|edly|ed|es|s|ly)$/, '').replace(/(.)\1$/, '$1');

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of tokenize(text)) {
    if (STOPWORDS.has(token)) continue;
    if (/^[a-z0-9'’.-]+$/.test(token)) {
      if (token.length < 3) continue;
      out.add(stem(token));
    } else out.add(token);
  }
  return out;
}

/** |A ∩ B| / min(|A|, |B|); 0 when either side has fewer than `minWords` content words. */
export function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>, minWords = 3): number {
  if (a.size < minWords || b.size < minWords) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/**
 * Content-word overlap weighted by how rare each word is among `corpus` (the topic's sentences): a
 * word every sentence of the topic says ("brakes") counts for little, one only two sentences share
 * ("airplane mode") for much. Σ idf(shared) / min(Σ idf(a), Σ idf(b)).
 */
export function rareWordOverlap(corpus: ReadonlyArray<ReadonlySet<string>>): (a: number, b: number) => number {
  const df = new Map<string, number>();
  for (const words of corpus) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log((corpus.length + 1) / ((df.get(w) ?? 0) + 1));
  const mass = corpus.map((words) => [...words].reduce((sum, w) => sum + idf(w), 0));
  return (a, b) => {
    let shared = 0;
    for (const w of corpus[a]!) if (corpus[b]!.has(w)) shared += idf(w);
    const smaller = Math.min(mass[a]!, mass[b]!);
    return smaller > 0 ? shared / smaller : 0;
  };
}
