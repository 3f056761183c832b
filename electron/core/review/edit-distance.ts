/** Words for comparing texts: CJK characters one each, other scripts by runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Levenshtein distance over words (insert, delete, substitute one word), in O(min(n, m)) memory. */
export function wordEditDistance(a: readonly string[], b: readonly string[]): number {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  let previous = Array.from({ length: short.length + 1 }, (_, i) => i);
  for (let i = 1; i <= long.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= short.length; j += 1) {
      const cost = long[i - 1] === short[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[short.length]!;
}

/** 0 when the texts have the same words, 1 when every word changed: distance / the longer text's word count. */
export function normalizedEditDistance(from: string, to: string): number {
  const a = wordsOf(from);
  const b = wordsOf(to);
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : wordEditDistance(a, b) / longest;
}
