import type { Rate } from '../../../shared/domain/friction';
import type { ConversationFacts } from './facts';
import { shrink, wilson, type BetaPrior, type Proportion } from './stats';

export type RateName = 'escalation' | 'repeat' | 'negative' | 'unresolved';
export const RATE_NAMES: readonly RateName[] = ['escalation', 'repeat', 'negative', 'unresolved'];

/** k and n of one rate over some conversations; n counts only those where the outcome is known. */
export function proportionOf(facts: readonly ConversationFacts[], name: RateName): Proportion {
  let k = 0;
  let n = 0;
  for (const f of facts) {
    switch (name) {
      case 'escalation':
        n += 1;
        if (f.escalated) k += 1;
        break;
      case 'negative':
        n += 1;
        if (f.negative) k += 1;
        break;
      case 'repeat':
        // Without a customer id nobody can tell whether the customer came back.
        if (f.customerId === null || f.customerId === '') break;
        n += 1;
        if (f.repeatContact) k += 1;
        break;
      case 'unresolved':
        if (f.resolved === null) break;
        n += 1;
        if (!f.resolved) k += 1;
        break;
    }
  }
  return { k, n };
}

export function rateOf(p: Proportion, prior: BetaPrior): Rate {
  const interval = wilson(p.k, p.n);
  return { k: p.k, n: p.n, rate: p.n > 0 ? p.k / p.n : null, low: interval.low, high: interval.high, shrunk: shrink(p.k, p.n, prior) };
}
