import type { FrictionReport } from '../../../shared/domain/friction';

const cell = (value: string | number | null): string => {
  if (value === null) return '';
  const text = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(4)) : value;
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it away.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The ranked friction table as CSV, one topic per line, highest score first. */
export function frictionCsv(report: FrictionReport): string {
  const header = ['rank', 'topic_id', 'label', 'score_avoidable_per_week', 'conversations', 'share', 'escalation_rate', 'escalation_low', 'escalation_high', 'repeat_rate', 'negative_rate', 'unresolved_rate', 'handle_seconds_median', 'trend_change', 'coverage', 'article_id'];
  const lines = report.topics.map((t, i) =>
    [i + 1, t.topicId, t.label, t.score, t.conversations, t.share, t.escalation.rate, t.escalation.low, t.escalation.high, t.repeat.rate, t.negative.rate, t.unresolved.rate, t.handleSeconds?.median ?? null, t.trend.change, t.coverage.status, t.coverage.articleId].map(cell).join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
