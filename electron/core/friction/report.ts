import { OUTLIER_TOPIC_ID } from '../../../shared/domain/topics';
import type { Coverage, FrictionReport, TopicFriction } from '../../../shared/domain/friction';
import { WEEK_MS, type ConversationFacts } from './facts';
import { countInto, emptyProportions, RATE_NAMES, rateOf, type Proportions, type RateName } from './rates';
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

/** What the report needs of one topic's conversations, gathered in one pass over all of them. */
interface TopicTally {
  conversations: number;
  proportions: Proportions;
  handleSeconds: number[];
  /** Where in the conversation the escalations happened (0..1). */
  escalationPositions: number[];
  startedMs: Array<number | null>;
}

function tallyByTopic(facts: readonly ConversationFacts[]): { tallies: Map<string, TopicTally>; overall: Proportions } {
  const tallies = new Map<string, TopicTally>();
  const overall = emptyProportions();
  for (const f of facts) {
    countInto(overall, f);
    if (f.topicId === OUTLIER_TOPIC_ID) continue;
    let tally = tallies.get(f.topicId);
    if (!tally) tallies.set(f.topicId, (tally = { conversations: 0, proportions: emptyProportions(), handleSeconds: [], escalationPositions: [], startedMs: [] }));
    tally.conversations += 1;
    countInto(tally.proportions, f);
    if (f.handleSeconds !== null && Number.isFinite(f.handleSeconds)) tally.handleSeconds.push(f.handleSeconds);
    if (f.escalated && f.escalationTurn !== null && f.turnCount > 0) tally.escalationPositions.push(Math.min(1, f.escalationTurn / f.turnCount));
    tally.startedMs.push(f.startedMs);
  }
  return { tallies, overall };
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
  let firstMs: number | null = null;
  let lastMs: number | null = null;
  for (const { startedMs: ms } of facts) {
    if (ms === null || !Number.isFinite(ms)) continue;
    if (firstMs === null || ms < firstMs) firstMs = ms;
    if (lastMs === null || ms > lastMs) lastMs = ms;
  }
  const asOfMs = options.asOfMs ?? lastMs ?? 0;
  const weeks = firstMs !== null && lastMs !== null ? Math.max(1, (lastMs - firstMs) / WEEK_MS) : 1;
  const { tallies, overall } = tallyByTopic(facts);
  const topicIds = [...tallies.keys()].sort();

  const priors = {} as Record<RateName, BetaPrior>;
  for (const name of RATE_NAMES) priors[name] = fitBetaPrior(topicIds.map((id) => tallies.get(id)!.proportions[name]));
  const overallOf = (name: RateName): number | null => (overall[name].n > 0 ? overall[name].k / overall[name].n : null);

  const partial = topicIds.map((topicId) => {
    const tally = tallies.get(topicId)!;
    const [escalation, repeat, negative, unresolved] = RATE_NAMES.map((name) => rateOf(tally.proportions[name], priors[name])) as [TopicFriction['escalation'], TopicFriction['repeat'], TopicFriction['negative'], TopicFriction['unresolved']];
    const rates: TopicRates = {
      weeklyVolume: tally.conversations / weeks,
      rates: { escalation: escalation.shrunk, repeat: repeat.n > 0 ? repeat.shrunk : null, negative: negative.shrunk },
    };
    return { topicId, tally, escalation, repeat, negative, unresolved, rates };
  });
  const achievable = achievableRates(partial.map((p) => p.rates));

  const topics = partial.map(({ topicId, tally, escalation, repeat, negative, unresolved, rates }): TopicFriction => {
    const { score, components } = frictionScore(rates, achievable, options.weights);
    const { handleSeconds: handle, escalationPositions: positions } = tally;
    return {
      topicId,
      label: options.labels?.get(topicId) ?? topicId,
      conversations: tally.conversations,
      share: facts.length ? tally.conversations / facts.length : 0,
      weeklyVolume: rates.weeklyVolume,
      escalation,
      repeat,
      negative,
      unresolved,
      handleSeconds: handle.length ? { median: median(handle), mean: handle.reduce((a, b) => a + b, 0) / handle.length, n: handle.length } : null,
      escalationTiming: positions.length ? { medianPosition: median(positions), n: positions.length } : null,
      trend: trendOf(
        tally.startedMs,
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
