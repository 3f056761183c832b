import { EN_INTENSIFIERS, EN_NEGATORS, EN_POLARITY, ZH_INTENSIFIERS, ZH_NEGATORS, ZH_POLARITY } from './lexicon';

const CJK_RUN = /[\u3400-\u9fff]+/g;
const EN_WORD = /[a-z]+(?:'[a-z]+)?/g;
const MAX_ZH_WORD = 4;

/** Polarity found in Latin text: lexicon words, flipped after a negator within 3 words, scaled by an intensifier just before. */
function englishPolarity(text: string): { sum: number; hits: number; words: number } {
  const words = text.toLowerCase().match(EN_WORD) ?? [];
  let sum = 0;
  let hits = 0;
  for (let i = 0; i < words.length; i += 1) {
    const value = EN_POLARITY.get(words[i]!);
    if (value === undefined) continue;
    let v = value;
    const before = words.slice(Math.max(0, i - 3), i);
    if (before.some((w) => EN_NEGATORS.has(w) || w.endsWith("n't"))) v = -v * 0.8;
    const previous = words[i - 1];
    if (previous) v *= EN_INTENSIFIERS.get(previous) ?? 1;
    sum += v;
    hits += 1;
  }
  // "!!" and ALL-CAPS shouting sharpen whatever polarity is there.
  if (hits > 0 && (/!{2,}/.test(text) || /\b[A-Z]{4,}\b/.test(text))) sum *= 1.3;
  return { sum, hits, words: words.length };
}

/** Chinese: longest lexicon match left to right, with a negator or intensifier right before. */
function chinesePolarity(text: string): { sum: number; hits: number; words: number } {
  let sum = 0;
  let hits = 0;
  let chars = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    const run = match[0];
    chars += run.length;
    for (let i = 0; i < run.length; ) {
      let found = 0;
      for (let len = Math.min(MAX_ZH_WORD, run.length - i); len >= 1; len -= 1) {
        if (ZH_POLARITY.has(run.slice(i, i + len))) {
          found = len;
          break;
        }
      }
      if (!found) {
        i += 1;
        continue;
      }
      let v = ZH_POLARITY.get(run.slice(i, i + found))!;
      const before = run.slice(Math.max(0, i - 3), i);
      if (ZH_NEGATORS.some((n) => before.endsWith(n))) v = -v * 0.8;
      for (const [word, factor] of ZH_INTENSIFIERS) if (before.endsWith(word)) v *= factor;
      sum += v;
      hits += 1;
      i += found;
    }
  }
  return { sum, hits, words: Math.ceil(chars / 2) };
}

/**
 * Sentiment of customer text in [-1, 1] (negative below 0), English and Chinese. A normalized sum of
 * lexicon hits, so long calm conversations with one "problem" stay near zero.
 */
export function sentimentScore(text: string): number {
  const en = englishPolarity(text);
  const zh = chinesePolarity(text);
  const sum = en.sum + zh.sum;
  if (en.hits + zh.hits === 0) return 0;
  return Math.tanh(sum / Math.sqrt(Math.max(4, (en.words + zh.words) / 4)));
}

/** The cut below which a conversation counts as negative when it has no CSAT. */
export const NEGATIVE_SENTIMENT_THRESHOLD = -0.35;

/** Negative experience: CSAT of 2 or less on a 1-5 scale when present, otherwise the customer turns' sentiment. */
export function isNegative(csat: number | null | undefined, customerText: string): boolean {
  if (csat !== null && csat !== undefined && Number.isFinite(csat)) return csat <= 2;
  return sentimentScore(customerText) < NEGATIVE_SENTIMENT_THRESHOLD;
}
