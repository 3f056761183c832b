import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { TranscriptInput } from '../../../shared/domain/transcript';
import { outdatedArticles } from './articles';
import { ISSUES } from './issues';
import { DAY_MS, PERIOD_DAYS, REPEAT_WINDOW_DAYS, type PlannedConversation } from './schedule';
import type { DemoTruth, IssueTruth, SeedArticle } from './types';
import { LANGUAGE_TAG } from './types';

const RECENT_DAYS = 7;
/** Issues planted with at least this multiplier count as rising. */
export const RISING_TREND = 1.5;

/**
 * What the analysis should find, measured on the conversations as generated (not on the templates'
 * intended rates): repeat contacts are recomputed from customer ids and timestamps with the same rule
 * the importer uses, so the truth can never drift from the data.
 */
export function computeTruth(
  seed: number,
  now: number,
  plans: readonly PlannedConversation[],
  transcripts: readonly TranscriptInput[],
  articles: readonly SeedArticle[],
): DemoTruth {
  const followed = followedWithin(transcripts, REPEAT_WINDOW_DAYS);
  const weights = DEFAULT_SETTINGS.frictionWeights;
  const weeks = PERIOD_DAYS / 7;
  const issues: IssueTruth[] = ISSUES.map((issue) => {
    const own = plans.filter((p) => p.issue.key === issue.key);
    const ids = (predicate: (p: PlannedConversation) => boolean) =>
      own.filter(predicate).map((p) => p.id);
    const n = Math.max(1, own.length);
    const escalatedIds = ids((p) => p.kind === 'escalated');
    const repeatIds = ids((p) => followed.has(p.id));
    const negativeIds = ids((p) => p.negative);
    const escalationRate = escalatedIds.length / n;
    const repeatRate = repeatIds.length / n;
    const negativeRate = negativeIds.length / n;
    const perWeek = own.length / weeks;
    const last7Days = own.filter((p) => p.startMs > now - RECENT_DAYS * DAY_MS).length;
    const weeklyBefore = (own.length - last7Days) / (weeks - 1);
    return {
      key: issue.key,
      title_en: issue.title.en,
      title_zh: issue.title.zh,
      conversations: own.length,
      byLanguage: {
        en: own.filter((p) => p.lang === 'en').length,
        'zh-CN': own.filter((p) => p.lang === 'zh').length,
      },
      escalationRate,
      repeatRate,
      negativeRate,
      covered: issue.covered,
      articleIds: articles.filter((a) => a.issueKey === issue.key).map((a) => a.id),
      resolutionSteps_en: issue.steps.map((step) => step.en[0]!),
      resolutionSteps_zh: issue.steps.map((step) => step.zh[0]!),
      cause_en: issue.cause?.en ?? null,
      cause_zh: issue.cause?.zh ?? null,
      frictionScore: round(
        perWeek *
          (weights.escalation * escalationRate +
            weights.repeat * repeatRate +
            weights.negative * negativeRate),
      ),
      frictionRank: 0,
      trend: {
        planted: issue.trend,
        rising: issue.trend >= RISING_TREND,
        last7Days,
        weeklyBefore: round(weeklyBefore),
      },
      transcriptIds: own.map((p) => p.id),
      successfulIds: ids((p) => p.kind === 'success' && !followed.has(p.id)),
      escalatedIds,
      repeatIds,
      negativeIds,
    };
  });
  [...issues]
    .sort((a, b) => b.frictionScore - a.frictionScore || a.key.localeCompare(b.key))
    .forEach((t, i) => (t.frictionRank = i + 1));

  const count = (key: (p: PlannedConversation) => string) =>
    plans.reduce<Record<string, number>>(
      (acc, p) => ((acc[key(p)] = (acc[key(p)] ?? 0) + 1), acc),
      {},
    );
  return {
    generator: 'gleaner-demo/1',
    seed,
    now: new Date(now).toISOString(),
    conversations: plans.length,
    repeatWindowDays: REPEAT_WINDOW_DAYS,
    frictionWeights: { ...weights },
    byLanguage: count((p) => LANGUAGE_TAG[p.lang]),
    byChannel: count((p) => p.channel),
    customers: new Set(plans.map((p) => p.customer.id)).size,
    issues,
    lateReturns: plans
      .filter((p) => p.lateReturn && p.previous)
      .map((p) => ({
        id: p.id,
        previousId: p.previous!.id,
        gapDays: round((p.startMs - p.previous!.endMs) / DAY_MS),
      })),
    outdatedArticles: outdatedArticles(),
  };
}

/** Ids of conversations whose customer got in touch again within the window after they ended. */
export function followedWithin(
  transcripts: readonly TranscriptInput[],
  windowDays: number,
): Set<string> {
  const byCustomer = new Map<string, Array<{ id: string; start: number; end: number }>>();
  for (const t of transcripts) {
    if (!t.customer_id || !t.started_at) continue;
    const start = Date.parse(t.started_at);
    const entry = { id: t.id, start, end: t.ended_at ? Date.parse(t.ended_at) : start };
    byCustomer.set(t.customer_id, [...(byCustomer.get(t.customer_id) ?? []), entry]);
  }
  const followed = new Set<string>();
  for (const contacts of byCustomer.values()) {
    contacts.sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < contacts.length; i += 1) {
      if (contacts[i + 1]!.start - contacts[i]!.end <= windowDays * DAY_MS)
        followed.add(contacts[i]!.id);
    }
  }
  return followed;
}

const round = (value: number): number => Math.round(value * 100) / 100;
