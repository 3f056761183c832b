import { isStopword } from './stopwords';
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
export function labelTopics(texts: readonly string[], topicOf: Int32Array, topics: number, similarity: Float32Array, options: { topTerms?: number } = {}): TopicLabel[] {
  const topTerms = options.topTerms ?? 6;
  const perTopic: Array<Map<string, number>> = Array.from({ length: topics + 1 }, () => new Map());
  const totals = new Float64Array(topics + 1);
  const overall = new Map<string, number>();
  const representative = new Int32Array(topics).fill(-1);
  for (let i = 0; i < texts.length; i += 1) {
    const topic = topicOf[i]!;
    const slot = topic < 0 ? topics : topic;
    const counts = perTopic[slot]!;
    for (const term of terms(texts[i]!)) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      overall.set(term, (overall.get(term) ?? 0) + 1);
      totals[slot]! += 1;
    }
    if (topic >= 0 && (representative[topic]! < 0 || similarity[i]! > similarity[representative[topic]!]!)) representative[topic] = i;
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
      // A word already said by a chosen phrase (or a phrase made of chosen words) adds nothing.
      if (chosen.some((c) => c.split(' ').includes(term) || term.split(' ').every((w) => chosen.includes(w)))) continue;
      chosen.push(term);
    }
    return { terms: chosen, label: chosen.slice(0, 3).join(' · ') || '—', representativeRow: representative[topic]! };
  });
}
