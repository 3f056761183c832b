import type { TopicFriction } from '../../../shared/domain/friction';
import { GleanerError } from '../../../shared/errors';
import { workspaceFriction } from '../../core/friction/workspace';
import { ensureTopics } from '../../core/topics/ensure';
import type { Command } from '../command';

const pct = (x: number | null): string => (x === null ? '   —' : `${(x * 100).toFixed(0).padStart(3)}%`);

/** One row of `gleaner friction --json`: snake_case names, the score's components spelled out. */
export function frictionJsonRow(t: TopicFriction): Record<string, unknown> {
  return {
    topic_id: t.topicId,
    label: t.label,
    score: t.score,
    conversations: t.conversations,
    share: t.share,
    weekly_volume: t.weeklyVolume,
    escalation_rate: t.escalation.rate,
    repeat_rate: t.repeat.rate,
    negative_rate: t.negative.rate,
    unresolved_rate: t.unresolved.rate,
    escalation_rate_shrunk: t.escalation.shrunk,
    repeat_rate_shrunk: t.repeat.shrunk,
    negative_rate_shrunk: t.negative.shrunk,
    escalation_interval: [t.escalation.low, t.escalation.high],
    repeat_interval: [t.repeat.low, t.repeat.high],
    negative_interval: [t.negative.low, t.negative.high],
    handle_seconds_median: t.handleSeconds?.median ?? null,
    escalation_position_median: t.escalationTiming?.medianPosition ?? null,
    trend_recent_per_week: t.trend.recentPerWeek,
    trend_baseline_per_week: t.trend.baselinePerWeek,
    trend_change: t.trend.change,
    coverage: t.coverage.status,
    coverage_article_id: t.coverage.articleId,
    components: t.components.map((c) => ({ component: c.component, weight: c.weight, rate: c.shrunkRate, achievable: c.achievableRate, excess: c.excess, avoidable_per_week: c.avoidablePerWeek })),
  };
}

export function printFrictionTable(out: (line: string) => void, topics: readonly TopicFriction[], limit = 30): void {
  out(`${'rank'.padStart(4)}  ${'topic'.padEnd(6)} ${'score'.padStart(7)} ${'convs'.padStart(6)}  esc  rep  neg  why / label`);
  topics.slice(0, limit).forEach((t, i) => {
    const top = [...t.components].sort((a, b) => b.avoidablePerWeek - a.avoidablePerWeek)[0];
    const why = top && top.avoidablePerWeek > 0 ? `${top.component} +${(top.excess * 100).toFixed(0)}pt` : '';
    out(`${String(i + 1).padStart(4)}  ${t.topicId.padEnd(6)} ${t.score.toFixed(1).padStart(7)} ${String(t.conversations).padStart(6)} ${pct(t.escalation.rate)} ${pct(t.repeat.rate)} ${pct(t.negative.rate)}  ${why.padEnd(16)} ${t.label}`);
  });
}

export const frictionCommand: Command = {
  path: ['friction'],
  summary: 'Rank topics by friction: estimated avoidable contacts per week (discovers topics if missing).',
  usage: '[--since DATE] [--until DATE] [--channel C] [--language L]',
  options: { since: { type: 'string' }, until: { type: 'string' }, channel: { type: 'string' }, language: { type: 'string' } },
  help: ['--since DATE   only conversations started on or after DATE (ISO)', '--until DATE   only conversations started before DATE', '--channel C    only this channel', '--language L   only this language'],
  async run(ctx, args) {
    const str = (name: string) => (typeof args.values[name] === 'string' ? (args.values[name] as string) : undefined);
    for (const name of ['since', 'until']) {
      const value = str(name);
      if (value !== undefined && Number.isNaN(Date.parse(value))) throw new GleanerError('E_VALIDATION', `--${name} must be a date such as 2026-01-31`);
    }
    const ws = await ctx.workspace();
    await ensureTopics(ws, { progress: (done, total, phase) => ctx.io.progress(phase, done, total) });
    const report = await workspaceFriction(ws, { since: str('since'), until: str('until'), channel: str('channel'), language: str('language') });
    ctx.io.out(`Friction over ${report.conversations} conversations (${report.weeks.toFixed(1)} weeks); score = estimated avoidable contacts per week`);
    printFrictionTable(ctx.io.out, report.topics);
    return { as_of: report.asOf, conversations: report.conversations, weeks: report.weeks, overall: report.overall, weights: report.weights, topics: report.topics.map(frictionJsonRow) };
  },
};
