import { describe, expect, it } from 'vitest';
import { differenceInterval, fitBetaPrior, quantile, shrink, wilson } from '../../../../electron/core/friction/stats';

describe('friction statistics', () => {
  it('computes Wilson intervals (reference values from the literature)', () => {
    // Newcombe (1998): 81/263 -> 0.2553..0.3662.
    const w = wilson(81, 263);
    expect(w.low).toBeCloseTo(0.2553, 3);
    expect(w.high).toBeCloseTo(0.3662, 3);
    expect(wilson(0, 10).low).toBe(0);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('fits a beta prior whose mean is the overall rate and shrinks small groups more', () => {
    const groups = [
      { k: 10, n: 100 },
      { k: 30, n: 100 },
      { k: 20, n: 100 },
      { k: 50, n: 200 },
    ];
    const prior = fitBetaPrior(groups);
    expect(prior.alpha / (prior.alpha + prior.beta)).toBeCloseTo(110 / 500, 6);
    const tiny = shrink(1, 1, prior);
    expect(tiny).toBeLessThan(0.5);
    expect(Math.abs(shrink(30, 100, prior) - 0.3)).toBeLessThan(Math.abs(tiny - 1));
  });

  it('shrinks hard when topics do not differ beyond noise', () => {
    const prior = fitBetaPrior([
      { k: 20, n: 100 },
      { k: 21, n: 100 },
      { k: 19, n: 100 },
    ]);
    expect(prior.alpha + prior.beta).toBeGreaterThan(500);
  });

  it('gives a Newcombe interval on a difference (Newcombe 1998, example: 56/70 vs 48/80)', () => {
    const d = differenceInterval({ k: 48, n: 80 }, { k: 56, n: 70 });
    expect(d.difference).toBeCloseTo(0.2, 6);
    expect(d.low).toBeCloseTo(0.0524, 3);
    expect(d.high).toBeCloseTo(0.3339, 3);
  });

  it('interpolates quantiles', () => {
    expect(quantile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75);
    expect(Number.isNaN(quantile([], 0.5))).toBe(true);
  });
});
