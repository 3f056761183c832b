import { isStopword } from '../../../shared/text/stopwords';
import { tokenizeForTopics } from './tokens';

export interface TopicLabel {
  /** Most distinctive terms, best first. */
  terms: string[];
  /** A short name made of the top terms. */
  label: string;
  /** Row of the most representative conversation (closest to the centroid), -1 for an empty topic. */
  representativeRow: number;
}

const CJK = /[\u3400-\u9fff]/;

/** Unigrams and adjacent bigrams of a text's content words (bigrams only between Latin words). */
function terms(text: string): string[] {
  const words = tokenizeForTopics(text).filter((t) => !isStopword(t));
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i += 1) if (!CJK.test(words[i]!) && !CJK.test(words[i + 1]!)) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

/**
 * Class-based TF-IDF (BERTopic's c-TF-IDF): a term's frequency in a topic, weighted by
 * log(1 + average words per topic / the term's frequency over all topics). Outlier rows (-1) count
 * in the frequencies but get no label.
 */
export function labelTopics(
  texts: readonly string[],
  topicOf: Int32Array,
  topics: number,
  similarity: Float32Array,
  /** `avoidAsRepresentative[i]` = 1: row i represents its topic only if no other row can (a follow-up says "same problem"). */
  options: { topTerms?: number; avoidAsRepresentative?: Uint8Array } = {},
): TopicLabel[] {
  const topTerms = options.topTerms ?? 6;
  const perTopic: Array<Map<string, number>> = Array.from({ length: topics + 1 }, () => new Map());
  const totals = new Float64Array(topics + 1);
  const overall = new Map<string, number>();
  const representative = new Int32Array(topics).fill(-1);
  const avoided = (row: number) => options.avoidAsRepresentative?.[row] === 1;
  const isBetterRepresentative = (row: number, current: number): boolean =>
    current < 0 || (avoided(current) && !avoided(row)) || (avoided(current) === avoided(row) && similarity[row]! > similarity[current]!);
  for (let i = 0; i < texts.length; i += 1) {
    const topic = topicOf[i]!;
    const slot = topic < 0 ? topics : topic;
    const counts = perTopic[slot]!;
    for (const term of terms(texts[i]!)) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      overall.set(term, (overall.get(term) ?? 0) + 1);
      totals[slot]! += 1;
    }
    if (topic >= 0 && isBetterRepresentative(i, representative[topic]!)) representative[topic] = i;
  }
  const averageWords = totals.reduce((a, b) => a + b, 0) / Math.max(1, topics + 1);
  return Array.from({ length: topics }, (_, topic) => {
    const counts = perTopic[topic]!;
    const total = Math.max(1, totals[topic]!);
    const scored = [...counts.entries()]
      .filter(([, count]) => count >= 2 || counts.size < 20)
      .map(([term, count]) => ({ term, score: (count / total) * Math.log(1 + averageWords / overall.get(term)!) }))
      .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
    const chosen: string[] = [];
    for (const { term } of scored) {
      if (chosen.length >= topTerms) break;
      const words = term.split(' ');
      // A word already said by a chosen phrase (or a phrase made of chosen words) adds nothing.
      if (chosen.some((c) => c.split(' ').includes(term)) || (words.length > 1 && words.every((w) => chosen.includes(w)))) continue;
      // A phrase that contains a chosen word says it better, in its place ("2fa" then "2fa text": "2fa text").
      const upgraded = chosen.findIndex((c) => words.length > 1 && words.includes(c));
      if (upgraded >= 0) {
        chosen[upgraded] = term;
        for (let j = chosen.length - 1; j > upgraded; j -= 1) if (words.includes(chosen[j]!)) chosen.splice(j, 1);
      } else chosen.push(term);
    }
    return { terms: chosen, label: chosen.slice(0, 3).join(' · ') || '—', representativeRow: representative[topic]! };
  });
}
