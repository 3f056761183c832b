import { diffWordsWithSpace, type Change } from 'diff';
import { countWords } from '../../../../shared/domain/article';

/**
 * Word-level changes, with the count of words added and removed. Spaces are tokens too, so each side
 * rebuilds its own text exactly; the segmenter splits Chinese into words.
 */
export function wordDiff(from: string, to: string, lang = 'en'): { parts: Change[]; added: number; removed: number } {
  const parts = diffWordsWithSpace(from, to, { intlSegmenter: new Intl.Segmenter(lang, { granularity: 'word' }) });
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.added) added += countWords(part.value);
    if (part.removed) removed += countWords(part.value);
  }
  return { parts, added, removed };
}
