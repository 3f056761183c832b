/** Proportions done carefully: Wilson intervals, an empirical-Bayes beta prior, Newcombe differences. */

export interface Interval {
  low: number;
  high: number;
}

const Z95 = 1.959963984540054;

/** Wilson score interval of k successes out of n (an empty interval 0..1 for n = 0). */
export function wilson(k: number, n: number, z = Z95): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const center = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

export interface BetaPrior {
  alpha: number;
  beta: number;
}

export interface Proportion {
  k: number;
  n: number;
}

/** How strongly a prior fitted from very homogeneous topics may pull (pseudo-conversations). */
const MAX_PRIOR_STRENGTH = 1000;
const FALLBACK_PRIOR_STRENGTH = 10;

/**
 * Beta prior for the topics' true rates by the method of moments: the spread of the observed rates
 * minus what binomial noise alone explains is the spread of the true rates.
 */
export function fitBetaPrior(groups: readonly Proportion[]): BetaPrior {
  const used = groups.filter((g) => g.n > 0);
  const totalN = used.reduce((s, g) => s + g.n, 0);
  const totalK = used.reduce((s, g) => s + g.k, 0);
  const mean = totalN > 0 ? Math.min(1 - 1e-6, Math.max(1e-6, totalK / totalN)) : 0.5;
  let strength = FALLBACK_PRIOR_STRENGTH;
  if (used.length >= 2) {
    const observedVariance = used.reduce((s, g) => s + g.n * (g.k / g.n - mean) ** 2, 0) / totalN;
    const noise = (mean * (1 - mean) * used.reduce((s, g) => s + 1 / g.n, 0)) / used.length;
    const trueVariance = observedVariance - noise;
    strength = trueVariance > 0 ? Math.min(MAX_PRIOR_STRENGTH, Math.max(2, (mean * (1 - mean)) / trueVariance - 1)) : MAX_PRIOR_STRENGTH;
  }
  return { alpha: mean * strength, beta: (1 - mean) * strength };
}

/** Posterior mean: the observed rate pulled toward the prior mean, the more so the fewer conversations. */
export const shrink = (k: number, n: number, prior: BetaPrior): number => (k + prior.alpha) / (n + prior.alpha + prior.beta);

/** Newcombe's hybrid score interval (method 10) for the difference of two independent proportions, after − before. */
export function differenceInterval(before: Proportion, after: Proportion): { difference: number } & Interval {
  const p1 = before.n > 0 ? before.k / before.n : 0;
  const p2 = after.n > 0 ? after.k / after.n : 0;
  const w1 = wilson(before.k, before.n);
  const w2 = wilson(after.k, after.n);
  const difference = p2 - p1;
  return {
    difference,
    low: difference - Math.sqrt((p2 - w2.low) ** 2 + (w1.high - p1) ** 2),
    high: difference + Math.sqrt((w2.high - p2) ** 2 + (p1 - w1.low) ** 2),
  };
}

/** The q-quantile (0..1) of values, linear interpolation; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}
