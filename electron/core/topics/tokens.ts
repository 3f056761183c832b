import { tokenSpans } from '../../../shared/text/segment';

const CJK = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

/**
 * Lower-cased tokens for topic labels, from the shared tokenizer's words. Chinese words the
 * segmenter split into single characters (退货 -> 退|货) are joined back as bigrams of adjacent
 * single characters; bigrams across real word boundaries (信息一直 -> 息一) would make labels noise.
 * Single letters carry no topic, and a trailing possessive ('s) is dropped.
 */
export function tokenizeForTopics(text: string): string[] {
  const out: string[] = [];
  let singles: Array<{ token: string; end: number }> = [];
  const flush = (): void => {
    for (let i = 0; i + 1 < singles.length; i += 1) out.push(singles[i]!.token + singles[i + 1]!.token);
    singles = [];
  };
  for (const span of tokenSpans(text, { bigrams: false })) {
    const token = span.token.toLowerCase();
    if (CJK.test(token) && [...token].length === 1) {
      if (singles.length && singles[singles.length - 1]!.end !== span.start) flush();
      singles.push({ token, end: span.end });
      continue;
    }
    flush();
    const clean = CJK.test(token) ? token : token.replace(/['’]s$/, '');
    if ([...clean].length > 1 || /\d/.test(clean)) out.push(clean);
  }
  flush();
  return out;
}
