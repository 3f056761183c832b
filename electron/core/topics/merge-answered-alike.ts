import { answerSums, type AgentAnswers } from './agent-answers';
import {
  discoverTopics,
  numberTopicsBySize,
  type DiscoverOptions,
  type Discovery,
} from './discover';
import type { Matrix } from './vectors';

/**
 * Two topics whose agents' answers, once the boilerplate is taken out, point the same way (cosine of
 * their answer centroids at or above this, at granularity 1) are one problem asked in different words.
 * Measured in bench/topics on the demo workspace (lexical embedder): 131 topics become 63 and NMI goes
 * from 0.827 to 0.949; on FloDial, whose agents word their answers freely, nothing merges.
 */
const SAME_ANSWER_SIMILARITY = 0.9;

/** The threshold at a granularity: finer topics (granularity 2) merge only near-identical answers. */
function sameAnswerThreshold(granularity = 1): number {
  return 1 - (1 - SAME_ANSWER_SIMILARITY) / Math.max(0.1, granularity);
}

function cosine(
  sums: Float64Array,
  norms: Float64Array,
  a: number,
  b: number,
  dim: number,
): number {
  if (norms[a]! === 0 || norms[b]! === 0) return 0;
  let dot = 0;
  for (let t = 0; t < dim; t += 1) dot += sums[a * dim + t]! * sums[b * dim + t]!;
  return dot / (norms[a]! * norms[b]!);
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  return values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/**
 * Each topic's answers as their departure from the boilerplate, weighted by its answered rows: n x
 * (mean answer - boilerplate), where the boilerplate is, per dimension, the median over the topics of
 * their mean answers. What (nearly) every topic's agents say ("let me look into that for you") cancels
 * out; what only some topics' agents say does not. Topics without answers stay zero.
 */
function departuresFromBoilerplate(
  answers: AgentAnswers,
  topicOf: Int32Array,
  topics: number,
): Float64Array {
  const dim = answers.dim;
  const { sums, counts } = answerSums(answers, topicOf, topics);
  const answered = Array.from({ length: topics }, (_, g) => g).filter((g) => counts[g]! > 0);
  for (let t = 0; t < dim; t += 1) {
    const boilerplate = median(answered.map((g) => sums[g * dim + t]! / counts[g]!));
    for (const g of answered) sums[g * dim + t]! -= counts[g]! * boilerplate;
  }
  return sums;
}

function norm(sums: Float64Array, g: number, dim: number): number {
  let s = 0;
  for (let t = 0; t < dim; t += 1) s += sums[g * dim + t]! ** 2;
  return Math.sqrt(s);
}

/**
 * Customers name one problem in many ways and a lexical embedding keeps each phrasing apart, while
 * the agents answer them all with the same steps. This merges discovered topics whose answer
 * centroids are alike (centroid linkage, most alike first) and renumbers them. Topics without agent
 * turns (bot-less imports, single utterances) never merge here.
 */
export function mergeTopicsAnsweredAlike(
  found: Discovery,
  m: Matrix,
  answers: AgentAnswers,
  options: { granularity?: number } = {},
): Discovery {
  const topics = found.topics;
  if (topics < 2 || answers.rows !== m.rows) return found;
  const threshold = sameAnswerThreshold(options.granularity);
  const dim = answers.dim;
  const sums = departuresFromBoilerplate(answers, found.topicOf, topics);
  const norms = Float64Array.from({ length: topics }, (_, g) => norm(sums, g, dim));
  const similarity = new Float64Array(topics * topics);
  for (let a = 0; a < topics; a += 1)
    for (let b = a + 1; b < topics; b += 1)
      similarity[a * topics + b] = similarity[b * topics + a] = cosine(sums, norms, a, b, dim);
  const into = Int32Array.from({ length: topics }, (_, g) => g);
  const active = new Uint8Array(topics).fill(1);
  let merged = 0;
  for (;;) {
    let best = threshold;
    let pair: [number, number] | null = null;
    for (let a = 0; a < topics; a += 1) {
      if (!active[a]) continue;
      for (let b = a + 1; b < topics; b += 1)
        if (active[b] && similarity[a * topics + b]! >= best)
          [best, pair] = [similarity[a * topics + b]!, [a, b]];
    }
    if (!pair) break;
    const [a, b] = pair;
    for (let t = 0; t < dim; t += 1) sums[a * dim + t]! += sums[b * dim + t]!;
    norms[a] = norm(sums, a, dim);
    active[b] = 0;
    into[b] = a;
    merged += 1;
    for (let c = 0; c < topics; c += 1)
      if (active[c] && c !== a)
        similarity[a * topics + c] = similarity[c * topics + a] = cosine(sums, norms, a, c, dim);
  }
  if (merged === 0) return found;
  const root = (g: number): number => (into[g] === g ? g : root(into[g]!));
  const groupOf = Int32Array.from(found.topicOf, (t) => (t < 0 ? t : root(t)));
  return { ...found, ...numberTopicsBySize(m, groupOf, topics, found.similarity) };
}

/** Topic discovery over conversations: discovery on their vectors, then topics the agents answered alike merged. */
export function discoverConversationTopics(
  m: Matrix,
  answers: AgentAnswers | null,
  options: DiscoverOptions = {},
): Discovery {
  const found = discoverTopics(m, options);
  return answers
    ? mergeTopicsAnsweredAlike(found, m, answers, { granularity: options.granularity })
    : found;
}
