import { tokenize } from '../../../../shared/text/segment';

/**
 * Hashed lexical features of a text: word unigrams, word bigrams and character 3-grams of longer
 * words (so "cards" meets "card", "arrived" meets "arrival"). Each feature is a 32-bit hash with a
 * weight; nothing is kept as a string, which is what makes the lexical embedder fast.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UNIGRAM_WEIGHT = 1;
const BIGRAM_WEIGHT = 0.7;
const CHARGRAM_WEIGHT = 0.35;
const CHARGRAM_MIN_WORD = 4;
// Seeds keep the three kinds of feature apart: "ab" the word never collides with "ab" the 3-gram.
const SEED_BIGRAM = 0x9e3779b1;
const SEED_CHARGRAM = 0x85ebca77;

export function hashString(text: string, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return finalize(h);
}

/** murmur3's finalizer: spreads FNV's weak low bits over the whole word. */
function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const combine = (a: number, b: number, seed: number): number =>
  finalize((Math.imul(a, 31) ^ b ^ seed) >>> 0);

const NON_ASCII = /[\u0080-\uffff]/;
/** An ASCII letter or digit: what `[\p{L}\p{M}\p{N}]` matches below 0x80. */
const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Position i of "^token$" as a character code. */
const boundedCode = (codes: Uint16Array, i: number, n: number): number =>
  i === 0 ? 94 : i === n - 1 ? 36 : codes[i - 1]!;

/**
 * Collects feature counts for one text at a time in a reusable open-addressing table, so that the
 * caller can apply sublinear term frequency and count each feature once per document.
 */
export class FeatureCounter {
  private keys: Int32Array;
  private weights: Float32Array;
  private used: Int32Array;
  private size = 0;

  constructor(capacity = 4096) {
    this.keys = new Int32Array(capacity);
    this.weights = new Float32Array(capacity);
    this.used = new Int32Array(capacity).fill(-1);
  }

  /** How many distinct features the last text had. */
  get count(): number {
    return this.size;
  }

  featureAt(slot: number): number {
    return this.keys[this.order[slot]!]! >>> 0;
  }

  weightAt(slot: number): number {
    return this.weights[this.order[slot]!]!;
  }

  private order: number[] = [];
  /** The lower-cased character codes of the current token (for its character n-grams). */
  private codes = new Uint16Array(64);

  /** Clears the table and counts the features of `text`. */
  countText(text: string): void {
    if (!NON_ASCII.test(text)) this.countAscii(text);
    else this.countTokens(tokenize(text));
  }

  /** Clears the table and counts the features of already tokenized (lower-cased) text. */
  countTokens(tokens: readonly string[]): void {
    this.reset();
    let previous = 0;
    for (let t = 0; t < tokens.length; t += 1) {
      const token = tokens[t]!;
      const h = hashString(token);
      this.add(h, UNIGRAM_WEIGHT);
      if (t > 0) this.add(combine(previous, h, SEED_BIGRAM), BIGRAM_WEIGHT);
      previous = h;
      if (token.length >= CHARGRAM_MIN_WORD && token.charCodeAt(0) < 0x2e80) {
        const codes = this.codesFor(token.length);
        for (let i = 0; i < token.length; i += 1) codes[i] = token.charCodeAt(i);
        this.addCharGrams(codes, token.length);
      }
    }
  }

  /**
   * `countTokens(tokenize(text))` for ASCII text without making a string per token: the same
   * word runs as shared/text/segment's WORD_RUN (letters and digits, joined by ' - or . between
   * two of them), lower-cased and hashed as they are scanned.
   */
  private countAscii(text: string): void {
    this.reset();
    const n = text.length;
    let previous = 0;
    let first = true;
    let i = 0;
    while (i < n) {
      if (!isWordCode(text.charCodeAt(i))) {
        i += 1;
        continue;
      }
      const start = i;
      for (;;) {
        while (i < n && isWordCode(text.charCodeAt(i))) i += 1;
        const joiner = i + 1 < n ? text.charCodeAt(i) : 0;
        if ((joiner === 39 || joiner === 45 || joiner === 46) && isWordCode(text.charCodeAt(i + 1)))
          i += 1;
        else break;
      }
      const length = i - start;
      const codes = this.codesFor(length);
      let h = FNV_OFFSET;
      for (let k = 0; k < length; k += 1) {
        let code = text.charCodeAt(start + k);
        if (code >= 65 && code <= 90) code += 32;
        codes[k] = code;
        h = Math.imul(h ^ code, FNV_PRIME);
      }
      h = finalize(h);
      this.add(h, UNIGRAM_WEIGHT);
      if (!first) this.add(combine(previous, h, SEED_BIGRAM), BIGRAM_WEIGHT);
      first = false;
      previous = h;
      if (length >= CHARGRAM_MIN_WORD) this.addCharGrams(codes, length);
    }
  }

  private codesFor(length: number): Uint16Array {
    if (this.codes.length < length) this.codes = new Uint16Array(length * 2);
    return this.codes;
  }

  private addCharGrams(codes: Uint16Array, length: number): void {
    // 3-grams of "^token$": boundary markers let prefixes and suffixes count as such.
    const n = length + 2;
    for (let i = 0; i + 3 <= n; i += 1) {
      let h = SEED_CHARGRAM;
      h = Math.imul(h ^ boundedCode(codes, i, n), FNV_PRIME);
      h = Math.imul(h ^ boundedCode(codes, i + 1, n), FNV_PRIME);
      h = Math.imul(h ^ boundedCode(codes, i + 2, n), FNV_PRIME);
      this.add(finalize(h >>> 0), CHARGRAM_WEIGHT);
    }
  }

  private add(feature: number, weight: number): void {
    const capacity = this.keys.length;
    if (this.size * 2 >= capacity) this.grow();
    const mask = this.keys.length - 1;
    let slot = feature & mask;
    while (this.used[slot] !== -1) {
      if (this.keys[slot] === (feature | 0)) {
        this.weights[slot]! += weight;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.used[slot] = this.order.length;
    this.keys[slot] = feature | 0;
    this.weights[slot] = weight;
    this.order.push(slot);
    this.size += 1;
  }

  private reset(): void {
    for (const slot of this.order) this.used[slot] = -1;
    this.order = [];
    this.size = 0;
  }

  private grow(): void {
    const entries = this.order.map((slot) => [this.keys[slot]!, this.weights[slot]!] as const);
    const capacity = this.keys.length * 2;
    this.keys = new Int32Array(capacity);
    this.weights = new Float32Array(capacity);
    this.used = new Int32Array(capacity).fill(-1);
    this.order = [];
    this.size = 0;
    for (const [key, weight] of entries) this.add(key >>> 0, weight);
  }
}
