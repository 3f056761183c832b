import { FRICTION_COMPONENTS, type FrictionComponent, type ScoreComponent } from '../../../shared/domain/friction';
import { quantile } from './stats';

export type FrictionWeights = Record<FrictionComponent, number>;

export interface TopicRates {
  weeklyVolume: number;
  /** Shrunk rate per component, null when no conversation of the topic says (e.g. no customer ids for repeats). */
  rates: Record<FrictionComponent, number | null>;
}

/** The rate a topic could reach: the 25th percentile of the topics' shrunk rates. */
export function achievableRates(topics: readonly TopicRates[], q = 0.25): Record<FrictionComponent, number> {
  const out = {} as Record<FrictionComponent, number>;
  for (const component of FRICTION_COMPONENTS) {
    const values = topics.map((t) => t.rates[component]).filter((r): r is number => r !== null);
    out[component] = values.length ? quantile(values, q) : 0;
  }
  return out;
}

/**
 * Estimated avoidable contacts per week: weekly volume x Σ weight x (shrunk rate − achievable rate)+.
 * An escalation, a repeat contact or an unhappy customer above what a good topic shows is, with
 * weight 1, one contact that better self-service could have avoided.
 */
export function frictionScore(topic: TopicRates, achievable: Record<FrictionComponent, number>, weights: FrictionWeights): { score: number; components: ScoreComponent[] } {
  const components = FRICTION_COMPONENTS.map((component): ScoreComponent => {
    const rate = topic.rates[component];
    const excess = rate === null ? 0 : Math.max(0, rate - achievable[component]);
    return {
      component,
      weight: weights[component],
      shrunkRate: rate ?? 0,
      achievableRate: achievable[component],
      excess,
      avoidablePerWeek: topic.weeklyVolume * weights[component] * excess,
    };
  });
  return { score: components.reduce((s, c) => s + c.avoidablePerWeek, 0), components };
}
