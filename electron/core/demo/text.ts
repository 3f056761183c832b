import type { Random } from './random';
import type { Lang } from './types';

/** Replaces {name} placeholders. */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** Ends a clause as a sentence, unless it already ends with punctuation. */
export function sentence(text: string, lang: Lang): string {
  if (/[.!?。！？…]$/.test(text)) return text;
  return text + (lang === 'zh' ? '。' : '.');
}

/** "First, " + "Check the…" → "First, check the…" (but keeps "PAC", "iPhone" and the like). */
export function withConnector(connector: string, step: string, lang: Lang): string {
  if (lang === 'zh' || connector === '') return connector + step;
  if (/[:]\s$/.test(connector)) return connector + step;
  return connector + lowerFirst(step, lang);
}

export const numbered = (steps: readonly string[]): string =>
  steps.map((step, i) => `${i + 1}. ${step}`).join('\n');

/** The small slips people make when they type fast: a swapped pair of letters, no capitals or stops. */
export function typed(rng: Random, text: string, lang: Lang): string {
  if (lang === 'zh') {
    if (!rng.chance(0.2)) return text;
    return text.replace(/[。！]$/, '').replace(/，/g, rng.chance(0.5) ? ' ' : '，');
  }
  let out = text;
  if (rng.chance(0.12)) out = swapLetters(rng, out);
  if (rng.chance(0.2)) out = out.toLowerCase().replace(/[.]$/, '');
  return out;
}

function swapLetters(rng: Random, text: string): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => (/^[a-z]{5,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const index = rng.pick(candidates);
  const word = words[index]!;
  const at = rng.int(1, word.length - 3);
  words[index] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}

/** "Why do…" after "Hi, " reads "Hi, why do…"; "I" and names like "iPhone" or "PAC" stay as they are. */
export const lowerFirst = (text: string, lang: Lang): string =>
  lang === 'en' && /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** Spoken hesitations, as a speech-to-text transcript keeps them. */
export function spoken(rng: Random, text: string, lang: Lang): string {
  if (!rng.chance(0.35)) return text;
  const filler =
    lang === 'zh'
      ? rng.pick(['呃，', '那个，', '嗯，'])
      : rng.pick(['Um, ', 'Uh, ', 'Yeah, so ', 'So, um, ']);
  if (lang === 'zh') return filler + text;
  return filler + lowerFirst(text, lang);
}

/** Joins sentences the way each language does: with spaces in English, directly in Chinese. */
export const join = (parts: ReadonlyArray<string | null | undefined | false>, lang: Lang): string =>
  parts
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join(lang === 'zh' ? '' : ' ');
