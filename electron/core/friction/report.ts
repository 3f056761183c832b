import { OUTLIER_TOPIC_ID } from '../../../shared/domain/topics';
import type { Coverage, FrictionReport, TopicFriction } from '../../../shared/domain/friction';
import { WEEK_MS, type ConversationFacts } from './facts';
import { proportionOf, RATE_NAMES, rateOf, type RateName } from './rates';
import { achievableRates, frictionScore, type FrictionWeights, type TopicRates } from './score';
import { fitBetaPrior, quantile, type BetaPrior } from './stats';
import { trendOf } from './trend';

export interface ArticleMatch {
  articleId: string;
  title: string;
  /** Null when the article was written from the topic and has not been compared with it yet. */
  similarity: number | null;
  /** Written from this topic: covers it whatever the similarity. */
  linked?: boolean;
}

export interface FrictionOptions {
  weights: FrictionWeights;
  trendRecentDays: number;
  trendBaselineDays: number;
  /** End of the trend windows; the newest conversation when absent. */
  asOfMs?: number;
  labels?: ReadonlyMap<string, string>;
  /** The best-matching article of a topic (articles are another module's). */
  matchArticle?: (topicId: string) => ArticleMatch | null;
  /** Similarity from which an article counts as covering its topic. */
  coveredSimilarity?: number;
  /** Excess over the achievable rate (any component) from which friction "persists" despite an article. */
  persistsExcess?: number;
}

function groupByTopic(facts: readonly ConversationFacts[]): Map<string, ConversationFacts[]> {
  const groups = new Map<string, ConversationFacts[]>();
  for (const f of facts) {
    if (f.topicId === OUTLIER_TOPIC_ID) continue;
    let list = groups.get(f.topicId);
    if (!list) groups.set(f.topicId, (list = []));
    list.push(f);
  }
  return groups;
}

function coverageOf(topicId: string, components: TopicFriction['components'], options: FrictionOptions): Coverage {
  const match = options.matchArticle?.(topicId) ?? null;
  if (!match || (!match.linked && (match.similarity ?? 0) < (options.coveredSimilarity ?? 0.35))) {
    return { status: 'none', articleId: match?.articleId ?? null, articleTitle: match?.title ?? null, similarity: match?.similarity ?? null };
  }
  const persists = components.some((c) => c.excess >= (options.persistsExcess ?? 0.05));
  return { status: persists ? 'covered_friction_persists' : 'covered', articleId: match.articleId, articleTitle: match.title, similarity: match.similarity };
}

function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** Friction per topic, ranked by estimated avoidable contacts per week. */
export function frictionReport(facts: readonly ConversationFacts[], options: FrictionOptions): FrictionReport {
  const dated = facts.map((f) => f.startedMs).filter((ms): ms is number => ms !== null && Number.isFinite(ms));
  const firstMs = dated.length ? Math.min(...dated) : null;
  const lastMs = dated.length ? Math.max(...dated) : null;
  const asOfMs = options.asOfMs ?? lastMs ?? 0;
  const weeks = firstMs !== null && lastMs !== null ? Math.max(1, (lastMs - firstMs) / WEEK_MS) : 1;
  const groups = groupByTopic(facts);
  const topicIds = [...groups.keys()].sort();

  const priors = {} as Record<RateName, BetaPrior>;
  for (const name of RATE_NAMES) priors[name] = fitBetaPrior(topicIds.map((id) => proportionOf(groups.get(id)!, name)));
  const overallOf = (name: RateName): number | null => {
    const p = proportionOf(facts, name);
    return p.n > 0 ? p.k / p.n : null;
  };

  const partial = topicIds.map((topicId) => {
    const list = groups.get(topicId)!;
    const [escalation, repeat, negative, unresolved] = RATE_NAMES.map((name) => rateOf(proportionOf(list, name), priors[name])) as [TopicFriction['escalation'], TopicFriction['repeat'], TopicFriction['negative'], TopicFriction['unresolved']];
    const rates: TopicRates = {
      weeklyVolume: list.length / weeks,
      rates: { escalation: escalation.shrunk, repeat: repeat.n > 0 ? repeat.shrunk : null, negative: negative.shrunk },
    };
    return { topicId, list, escalation, repeat, negative, unresolved, rates };
  });
  const achievable = achievableRates(partial.map((p) => p.rates));

  const topics = partial.map(({ topicId, list, escalation, repeat, negative, unresolved, rates }): TopicFriction => {
    const { score, components } = frictionScore(rates, achievable, options.weights);
    const handle = list.map((f) => f.handleSeconds).filter((s): s is number => s !== null && Number.isFinite(s));
    const positions = list.filter((f) => f.escalated && f.escalationTurn !== null && f.turnCount > 0).map((f) => Math.min(1, f.escalationTurn! / f.turnCount));
    return {
      topicId,
      label: options.labels?.get(topicId) ?? topicId,
      conversations: list.length,
      share: facts.length ? list.length / facts.length : 0,
      weeklyVolume: rates.weeklyVolume,
      escalation,
      repeat,
      negative,
      unresolved,
      handleSeconds: handle.length ? { median: median(handle), mean: handle.reduce((a, b) => a + b, 0) / handle.length, n: handle.length } : null,
      escalationTiming: positions.length ? { medianPosition: median(positions), n: positions.length } : null,
      trend: trendOf(
        list.map((f) => f.startedMs),
        asOfMs,
        { recentDays: options.trendRecentDays, baselineDays: options.trendBaselineDays },
      ),
      coverage: coverageOf(topicId, components, options),
      score,
      components,
    };
  });
  topics.sort((a, b) => b.score - a.score || b.conversations - a.conversations || a.topicId.localeCompare(b.topicId));
  return {
    asOf: lastMs !== null || options.asOfMs !== undefined ? new Date(asOfMs).toISOString() : null,
    conversations: facts.length,
    weeks,
    overall: { escalation: overallOf('escalation'), repeat: overallOf('repeat'), negative: overallOf('negative'), unresolved: overallOf('unresolved') },
    weights: { ...options.weights },
    topics,
  };
}
