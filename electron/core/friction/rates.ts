import type { Rate } from '../../../shared/domain/friction';
import type { ConversationFacts } from './facts';
import { shrink, wilson, type BetaPrior, type Proportion } from './stats';

export type RateName = 'escalation' | 'repeat' | 'negative' | 'unresolved';
export const RATE_NAMES: readonly RateName[] = ['escalation', 'repeat', 'negative', 'unresolved'];

export type Proportions = Record<RateName, Proportion>;

export const emptyProportions = (): Proportions => ({ escalation: { k: 0, n: 0 }, repeat: { k: 0, n: 0 }, negative: { k: 0, n: 0 }, unresolved: { k: 0, n: 0 } });

/** Counts one conversation into every rate; n counts only those where the outcome is known. */
export function countInto(p: Proportions, f: ConversationFacts): void {
  p.escalation.n += 1;
  if (f.escalated) p.escalation.k += 1;
  p.negative.n += 1;
  if (f.negative) p.negative.k += 1;
  // Without a customer id nobody can tell whether the customer came back.
  if (f.customerId !== null && f.customerId !== '') {
    p.repeat.n += 1;
    if (f.repeatContact) p.repeat.k += 1;
  }
  if (f.resolved !== null) {
    p.unresolved.n += 1;
    if (!f.resolved) p.unresolved.k += 1;
  }
}

/** k and n of one rate over some conversations. */
export function proportionOf(facts: readonly ConversationFacts[], name: RateName): Proportion {
  const p = emptyProportions();
  for (const f of facts) countInto(p, f);
  return p[name];
}

export function rateOf(p: Proportion, prior: BetaPrior): Rate {
  const interval = wilson(p.k, p.n);
  return { k: p.k, n: p.n, rate: p.n > 0 ? p.k / p.n : null, low: interval.low, high: interval.high, shrunk: shrink(p.k, p.n, prior) };
}
