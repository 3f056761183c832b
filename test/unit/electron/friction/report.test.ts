import { describe, expect, it } from 'vitest';
import { DAY_MS, type ConversationFacts } from '../../../../electron/core/friction/facts';
import { articleImpact } from '../../../../electron/core/friction/impact';
import { frictionReport, type FrictionOptions } from '../../../../electron/core/friction/report';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const OPTIONS: FrictionOptions = { weights: { escalation: 1, repeat: 1, negative: 0.5 }, trendRecentDays: 7, trendBaselineDays: 28 };

let seq = 0;
function conversations(topicId: string, count: number, rates: { escalated?: number; repeat?: number; negative?: number }, extra: Partial<ConversationFacts> = {}): ConversationFacts[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `c${(seq += 1)}`,
    topicId,
    startedMs: T0 + ((i * 56) / count) * DAY_MS,
    customerId: `cust${i}`,
    escalated: i < Math.round(count * (rates.escalated ?? 0)),
    repeatContact: i < Math.round(count * (rates.repeat ?? 0)),
    negative: i < Math.round(count * (rates.negative ?? 0)),
    resolved: true,
    handleSeconds: 300,
    escalationTurn: 4,
    turnCount: 10,
    ...extra,
  }));
}

describe('frictionReport', () => {
  it('ranks by avoidable contacts per week and explains the score by its components', () => {
    const facts = [
      ...conversations('t1', 400, { escalated: 0.1, repeat: 0.1, negative: 0.1 }),
      ...conversations('t2', 300, { escalated: 0.45, repeat: 0.3, negative: 0.4 }),
      ...conversations('t3', 300, { escalated: 0.08, repeat: 0.05, negative: 0.05 }),
      ...conversations('t4', 200, { escalated: 0.12, repeat: 0.1, negative: 0.1 }),
    ];
    const report = frictionReport(facts, OPTIONS);
    expect(report.topics[0]!.topicId).toBe('t2');
    const top = report.topics[0]!;
    const escalation = top.components.find((c) => c.component === 'escalation')!;
    expect(escalation.excess).toBeGreaterThan(0.25);
    expect(escalation.avoidablePerWeek).toBeCloseTo(top.weeklyVolume * escalation.weight * escalation.excess, 9);
    expect(top.score).toBeCloseTo(top.components.reduce((s, c) => s + c.avoidablePerWeek, 0), 9);
    expect(top.escalation.low).toBeLessThan(0.45);
    expect(top.escalation.high).toBeGreaterThan(0.45);
    expect(report.topics.map((t) => t.score)).toEqual([...report.topics.map((t) => t.score)].sort((a, b) => b - a));
    expect(report.topics.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 9);
  });

  it('keeps a one-conversation topic with one escalation from topping the list', () => {
    const facts = [
      ...conversations('t1', 300, { escalated: 0.1 }),
      ...conversations('t2', 300, { escalated: 0.3 }),
      ...conversations('t3', 300, { escalated: 0.12 }),
      ...conversations('t9', 1, { escalated: 1, repeat: 1, negative: 1 }),
    ];
    const report = frictionReport(facts, OPTIONS);
    const one = report.topics.find((t) => t.topicId === 't9')!;
    expect(one.conversations).toBe(1);
    expect(one.escalation.rate).toBe(1);
    expect(one.escalation.shrunk).toBeLessThan(0.5);
    expect(report.topics[0]!.topicId).toBe('t2');
  });

  it('counts repeat contacts only where a customer id exists', () => {
    const withIds = conversations('t1', 50, { repeat: 0.2 });
    const withoutIds = conversations('t1', 50, { repeat: 0 }, { customerId: null });
    const anonymous = conversations('t2', 40, { escalated: 0.2 }, { customerId: null });
    const report = frictionReport([...withIds, ...withoutIds, ...anonymous], OPTIONS);
    const t1 = report.topics.find((t) => t.topicId === 't1')!;
    expect(t1.repeat.n).toBe(50);
    expect(t1.repeat.rate).toBeCloseTo(0.2, 9);
    const t2 = report.topics.find((t) => t.topicId === 't2')!;
    expect(t2.repeat.n).toBe(0);
    expect(t2.repeat.rate).toBeNull();
    expect(t2.components.find((c) => c.component === 'repeat')!.avoidablePerWeek).toBe(0);
  });

  it('reports an empty workspace as no topics', () => {
    const report = frictionReport([], OPTIONS);
    expect(report.topics).toEqual([]);
    expect(report.conversations).toBe(0);
    expect(report.overall.escalation).toBeNull();
  });

  it('leaves outliers out of the ranking but in the overall rates', () => {
    const report = frictionReport([...conversations('t1', 10, {}), ...conversations('outliers', 10, { escalated: 1 })], OPTIONS);
    expect(report.topics.map((t) => t.topicId)).toEqual(['t1']);
    expect(report.overall.escalation).toBeCloseTo(0.5, 9);
  });

  it('measures trend, escalation timing, handle time and unresolved rate', () => {
    const steady = conversations('t1', 56, {}, {});
    const surge = Array.from({ length: 20 }, (_, i) => ({ ...steady[0]!, key: `s${i}`, startedMs: T0 + 55 * DAY_MS, escalated: true, escalationTurn: 2, resolved: i < 5 ? false : null }));
    const report = frictionReport([...steady, ...surge], OPTIONS);
    const t1 = report.topics[0]!;
    expect(t1.trend.recentPerWeek).toBeGreaterThan(t1.trend.baselinePerWeek * 2);
    expect(t1.trend.change).toBeGreaterThan(1);
    expect(t1.trend.weekly.reduce((a, b) => a + b, 0)).toBe(76);
    expect(t1.escalationTiming).toEqual({ medianPosition: 0.2, n: 20 });
    expect(t1.handleSeconds?.median).toBe(300);
    expect(t1.unresolved.n).toBe(61);
    expect(t1.unresolved.k).toBe(5);
  });

  it('classifies knowledge-base coverage', () => {
    const facts = [...conversations('t1', 200, { escalated: 0.05 }), ...conversations('t2', 200, { escalated: 0.5 }), ...conversations('t3', 200, { escalated: 0.05 }), ...conversations('t4', 200, { escalated: 0.06 })];
    const articles: Record<string, { articleId: string; title: string; similarity: number }> = {
      t2: { articleId: 'a2', title: 'Card delivery', similarity: 0.8 },
      t3: { articleId: 'a3', title: 'PIN', similarity: 0.7 },
      t4: { articleId: 'a4', title: 'Unrelated', similarity: 0.1 },
    };
    const report = frictionReport(facts, { ...OPTIONS, matchArticle: (id) => articles[id] ?? null });
    const status = Object.fromEntries(report.topics.map((t) => [t.topicId, t.coverage.status]));
    expect(status).toEqual({ t1: 'none', t2: 'covered_friction_persists', t3: 'covered', t4: 'none' });
  });
});

describe('articleImpact', () => {
  it('compares the weeks before and after publication with intervals', () => {
    const published = T0 + 28 * DAY_MS;
    const before = conversations('t1', 100, { escalated: 0.4 }).map((f, i) => ({ ...f, startedMs: T0 + (i / 100) * 28 * DAY_MS }));
    const after = conversations('t1', 100, { escalated: 0.1 }).map((f, i) => ({ ...f, startedMs: published + (i / 100) * 28 * DAY_MS }));
    const impact = articleImpact([...before, ...after, ...conversations('t2', 50, { escalated: 1 })], 't1', 'a1', published, 28);
    expect(impact.before.conversations).toBe(100);
    expect(impact.after.conversations).toBe(100);
    expect(impact.change.escalation.difference).toBeCloseTo(-0.3, 9);
    expect(impact.change.escalation.high).toBeLessThan(0);
    expect(impact.change.repeat.low).toBeLessThanOrEqual(0);
  });
});
