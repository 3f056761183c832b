/**
 * Language-neutral tokenizing for matching, search and clustering.
 *
 * Latin-like scripts are split on letters/digits with a regular expression (fast, no locale data).
 * Runs of scripts written without spaces (Han, kana, Thai, ...) go through `Intl.Segmenter`, and
 * for Han/kana runs we add character bigrams too: the segmenter splits some words apart
 * ("退货" -> 退|货), and bigrams make query and document meet anyway.
 */

export type Script =
  'han' | 'kana' | 'hangul' | 'thai' | 'latin' | 'cyrillic' | 'arabic' | 'other' | 'none';

/** A token and where it sits in the original text (UTF-16 offsets, end exclusive). */
export interface TokenSpan {
  readonly token: string;
  readonly start: number;
  readonly end: number;
}

// A "word" run: letters, marks and digits, with inner apostrophes/hyphens kept ("don't", "e-mail").
const WORD_RUN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;
// Scripts written without spaces between words.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]/u;
const BIGRAM_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const UNSPACED_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]+/gu;

let segmenter: Intl.Segmenter | undefined;
const wordSegmenter = (): Intl.Segmenter =>
  (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));

// NFKC folds full-width letters and compatibility forms; plain ASCII never changes, so skip it.
const NON_ASCII = /[^ -~]/;
const normalizeToken = (raw: string): string =>
  (NON_ASCII.test(raw) ? raw.normalize('NFKC') : raw).toLowerCase();

function segmentUnspacedRun(run: string, withBigrams: boolean): TokenSpan[] {
  const out: TokenSpan[] = [];
  const words = new Set<number>();
  for (const part of wordSegmenter().segment(run)) {
    if (!part.isWordLike) continue;
    const start = part.index;
    out.push({ token: normalizeToken(part.segment), start, end: start + part.segment.length });
    if (part.segment.length === 2) words.add(part.index);
  }
  if (!withBigrams || !BIGRAM_SCRIPT.test(run)) return out;
  const chars = Array.from(run);
  let at = 0;
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    // A two-character word at this position is already a token; do not count it twice.
    if (!words.has(at) && BIGRAM_SCRIPT.test(a) && BIGRAM_SCRIPT.test(b)) {
      out.push({
        token: normalizeToken(a + b),
        start: at,
        end: at + a.length + b.length,
      });
    }
    at += a.length;
  }
  return out;
}

/**
 * The segmenter is the slow part of tokenizing Chinese, and the same runs come back again and again
 * (agents' macros, common phrases): runs already segmented are remembered, up to a bound.
 */
const RUN_CACHE_LIMIT = 50_000;
const runCache = new Map<string, TokenSpan[]>();

function pushUnspacedRun(
  run: string,
  offset: number,
  withBigrams: boolean,
  out: TokenSpan[],
): void {
  const key = withBigrams ? run : `\u0000${run}`;
  let spans = runCache.get(key);
  if (!spans) {
    spans = segmentUnspacedRun(run, withBigrams);
    if (runCache.size >= RUN_CACHE_LIMIT) runCache.clear();
    runCache.set(key, spans);
  }
  for (const span of spans) out.push({ token: span.token, start: span.start + offset, end: span.end + offset });
}

/** Tokens with their offsets, in text order (bigrams follow the words of their run). */
export function tokenSpans(text: string, options: { bigrams?: boolean } = {}): TokenSpan[] {
  const withBigrams = options.bigrams ?? true;
  const out: TokenSpan[] = [];
  for (const match of text.matchAll(WORD_RUN)) {
    const word = match[0];
    const start = match.index;
    if (!UNSPACED.test(word)) {
      out.push({ token: normalizeToken(word), start, end: start + word.length });
      continue;
    }
    // Mixed runs ("iPhone没有信号"): spaced pieces as words, unspaced pieces through the segmenter.
    let last = 0;
    for (const inner of word.matchAll(UNSPACED_RUN)) {
      if (inner.index > last) pushSpaced(word.slice(last, inner.index), start + last, out);
      pushUnspacedRun(inner[0], start + inner.index, withBigrams, out);
      last = inner.index + inner[0].length;
    }
    if (last < word.length) pushSpaced(word.slice(last), start + last, out);
  }
  return out;
}

function pushSpaced(piece: string, offset: number, out: TokenSpan[]): void {
  for (const m of piece.matchAll(WORD_RUN)) {
    out.push({
      token: normalizeToken(m[0]),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    });
  }
}

/** Lower-cased word tokens; Chinese/Japanese runs give segmenter words plus character bigrams. */
export function tokenize(text: string, options: { bigrams?: boolean } = {}): string[] {
  return tokenSpans(text, options).map((span) => span.token);
}

/** Words only (no bigrams): what a person would call the words of the text. */
export const words = (text: string): string[] => tokenize(text, { bigrams: false });

const SCRIPT_TESTS: ReadonlyArray<readonly [Exclude<Script, 'other' | 'none'>, RegExp]> = [
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
];

/**
 * The script most letters of the text are written in ('none' without letters). Japanese text is
 * mostly Han with some kana: any kana share of 10% or more makes it 'kana'.
 */
export function detectScript(text: string): Script {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    letters += 1;
    const found = SCRIPT_TESTS.find(([, test]) => test.test(char));
    const script: Script = found ? found[0] : 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (letters === 0) return 'none';
  if ((counts.get('kana') ?? 0) >= letters * 0.1) return 'kana';
  let best: Script = 'other';
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

/** True when the text holds any Chinese or Japanese characters (they need segmenting). */
export const hasCjk = (text: string): boolean => BIGRAM_SCRIPT.test(text);
