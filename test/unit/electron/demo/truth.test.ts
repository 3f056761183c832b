import { beforeAll, describe, expect, it } from 'vitest';
import { inferEscalation } from '../../../../electron/core/ingest/outcomes';
import { computeRepeats } from '../../../../electron/core/ingest/repeats';
import { generateDemo } from '../../../../electron/core/demo/generate';
import { ISSUES } from '../../../../electron/core/demo/issues';
import { ratesAt } from '../../../../electron/core/demo/schedule';
import { demoTruthSchema, type Demo, type IssueTruth } from '../../../../electron/core/demo/types';

const NOW = Date.parse('2025-03-01T09:00:00Z');
const DAY = 24 * 3600 * 1000;

describe('the planted truth', () => {
  let demo: Demo;
  let byId: Map<string, Demo['transcripts'][number]>;
  const issue = (key: string): IssueTruth => demo.truth.issues.find((i) => i.key === key)!;

  beforeAll(() => {
    demo = generateDemo({ seed: 20240611, conversations: 5000, now: NOW });
    byId = new Map(demo.transcripts.map((t) => [t.id, t]));
  });

  it('survives JSON and matches its schema', () => {
    const parsed = demoTruthSchema.parse(JSON.parse(JSON.stringify(demo.truth)));
    expect(parsed.conversations).toBe(5000);
    const ids = parsed.issues.flatMap((i) => i.transcriptIds);
    expect(new Set(ids).size).toBe(5000);
    expect(parsed.issues.reduce((sum, i) => sum + i.conversations, 0)).toBe(5000);
  });

  it('plants per-issue rates close to the templates, clearly different between issues', () => {
    for (const truth of demo.truth.issues) {
      const template = ISSUES.find((i) => i.key === truth.key)!;
      // An issue whose article was published has lower rates after it: the planted rate is the mix.
      const at = truth.transcriptIds.map((id) => ratesAt(template, Date.parse(byId.get(id)!.started_at!), NOW));
      const mean = (name: 'escalation' | 'repeat' | 'negative') => at.reduce((sum, r) => sum + r[name], 0) / at.length;
      const planted = { escalation: mean('escalation'), repeat: mean('repeat'), negative: mean('negative') };
      expect(Math.abs(truth.escalationRate - planted.escalation), truth.key).toBeLessThan(0.12);
      expect(Math.abs(truth.negativeRate - planted.negative), truth.key).toBeLessThan(0.12);
      // Contacts near the end of the period have no time left to be followed up, and a chain stops at its
      // fourth contact: repeats run low, by up to about a sixth for the issues that repeat most.
      expect(truth.repeatRate - planted.repeat, truth.key).toBeLessThan(0.06);
      expect(planted.repeat - truth.repeatRate, truth.key).toBeLessThan(0.17);
    }
    expect(issue('two_factor_code').escalationRate).toBeGreaterThan(
      3 * issue('plan_upgrade').escalationRate,
    );
    expect(issue('parcel_missing').repeatRate).toBeGreaterThan(
      4 * issue('return_label').repeatRate,
    );
    const ranked = [...demo.truth.issues]
      .sort((a, b) => a.frictionRank - b.frictionRank)
      .map((i) => i.key);
    expect(ranked.slice(0, 5)).toEqual(
      expect.arrayContaining(['two_factor_code', 'parcel_missing']),
    );
    expect(ranked.slice(-8)).toEqual(
      expect.arrayContaining(['plan_upgrade', 'voicemail_setup', 'payment_method']),
    );
  });

  it('labels escalations that the importer finds from the text alone', () => {
    const escalated = new Set(demo.truth.issues.flatMap((i) => i.escalatedIds));
    for (const t of demo.transcripts) {
      expect(inferEscalation(t.turns, undefined, t.channel).escalated, t.id).toBe(
        escalated.has(t.id),
      );
      if (t.outcome?.escalated !== undefined)
        expect(t.outcome.escalated, t.id).toBe(escalated.has(t.id));
    }
  });

  it('labels repeat contacts exactly as the importer computes them over customer ids and times', () => {
    const repeats = new Set(demo.truth.issues.flatMap((i) => i.repeatIds));
    expect(repeats.size).toBeGreaterThan(500);
    const flags = computeRepeats(
      demo.transcripts.map((t) => ({
        key: t.id,
        customerId: t.customer_id ?? null,
        startedMs: Date.parse(t.started_at!),
        endedMs: Date.parse(t.ended_at!),
      })),
      demo.truth.repeatWindowDays,
    );
    for (const flag of flags) expect(flag.repeat, flag.key).toBe(repeats.has(flag.key));
    // A repeat is the same customer, about the same issue, back within 1 to 7 days.
    const next = new Map(flags.filter((f) => f.previousKey).map((f) => [f.previousKey!, f.key]));
    const issueOf = new Map(
      demo.truth.issues.flatMap((i) => i.transcriptIds.map((id) => [id, i.key] as const)),
    );
    for (const id of repeats) {
      const following = byId.get(next.get(id)!)!;
      const gap = Date.parse(following.started_at!) - Date.parse(byId.get(id)!.ended_at!);
      expect(following.customer_id).toBe(byId.get(id)!.customer_id);
      expect(issueOf.get(following.id)).toBe(issueOf.get(id));
      expect(gap).toBeGreaterThanOrEqual(DAY);
      expect(gap).toBeLessThanOrEqual(7 * DAY);
    }
  });

  it('has customers who come back after more than 7 days, which are not repeats', () => {
    const repeats = new Set(demo.truth.issues.flatMap((i) => i.repeatIds));
    expect(demo.truth.lateReturns.length).toBeGreaterThan(50);
    for (const late of demo.truth.lateReturns) {
      expect(late.gapDays).toBeGreaterThan(7);
      expect(byId.get(late.id)!.customer_id).toBe(byId.get(late.previousId)!.customer_id);
      expect(repeats.has(late.previousId)).toBe(false);
    }
    expect(demo.truth.customers).toBeLessThan(demo.truth.conversations * 0.75);
  });

  it('draws successful conversations only from resolved, unescalated, unrepeated ones, with every step in order', () => {
    for (const truth of demo.truth.issues) {
      expect(truth.successfulIds.length, truth.key).toBeGreaterThan(30);
      const template = ISSUES.find((i) => i.key === truth.key)!;
      for (const id of truth.successfulIds) {
        const t = byId.get(id)!;
        expect(truth.escalatedIds.includes(id) || truth.repeatIds.includes(id)).toBe(false);
        if (t.outcome?.resolved !== undefined) expect(t.outcome.resolved).toBe(true);
        const said = t.turns
          .filter((turn) => turn.role !== 'customer')
          .map((turn) => turn.text)
          .join('\n')
          .toLowerCase();
        let from = 0;
        for (const step of template.steps) {
          const lang = t.language === 'zh-CN' || /\p{Script=Han}/u.test(said) ? 'zh' : 'en';
          const positions = step[lang]
            .map((wording) => said.indexOf(wording.toLowerCase().slice(1), from))
            .filter((p) => p >= 0);
          expect(positions.length, `${id} lacks "${step[lang][0]}"`).toBeGreaterThan(0);
          from = Math.min(...positions);
        }
      }
    }
  });

  it('plants rising issues: more conversations in the last 7 days than the weeks before', () => {
    const rising = demo.truth.issues.filter((i) => i.trend.rising);
    expect(rising.map((i) => i.key).sort()).toEqual([
      'app_crash',
      'order_delayed',
      'roaming',
      'two_factor_code',
    ]);
    for (const i of rising)
      expect(i.trend.last7Days, i.key).toBeGreaterThan(1.3 * i.trend.weeklyBefore);
    const steady = demo.truth.issues.filter((i) => !i.trend.rising);
    const steadyRatio =
      steady.reduce((sum, i) => sum + i.trend.last7Days, 0) /
      steady.reduce((sum, i) => sum + i.trend.weeklyBefore, 0);
    expect(steadyRatio).toBeLessThan(1.25);
  });

  it('marks about eight issues as covered by seed articles and the rest as gaps', () => {
    const covered = demo.truth.issues.filter((i) => i.covered);
    expect(covered.length).toBe(8);
    for (const i of demo.truth.issues) expect(i.articleIds.length > 0, i.key).toBe(i.covered);
    const high = [...demo.truth.issues].sort((a, b) => a.frictionRank - b.frictionRank).slice(0, 6);
    expect(high.filter((i) => !i.covered).length).toBeGreaterThanOrEqual(4);
  });
});
