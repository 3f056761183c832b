import { Card, Progress, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FrictionReport, Rate, TopicFriction } from '../../../../shared/domain/friction';
import { formatNumber, formatPercent } from '../../lib/format';
import { Sparkline } from './Sparkline';

function Metric({ label, value, note, tip }: { label: string; value: string; note?: string; tip?: string }) {
  const body = (
    <div className="insights-metric" tabIndex={tip ? 0 : undefined}>
      <div className="insights-metric-label">{label}</div>
      <div className="insights-metric-value">{value}</div>
      {note && <div className="insights-metric-note">{note}</div>}
    </div>
  );
  return tip ? <Tooltip title={tip}>{body}</Tooltip> : body;
}

/** The topic's numbers: score, volume, every rate with its interval, handle time, escalation timing. */
export function TopicMetrics({ friction, overall }: { friction: TopicFriction; overall: FrictionReport['overall'] }) {
  const { t, i18n } = useTranslation('insights');
  const locale = i18n.language;
  const num = (v: number, digits = 1) => formatNumber(v, locale, { maximumFractionDigits: digits });
  const pct = (v: number) => formatPercent(v, locale, 0);
  const rate = (name: 'escalation' | 'repeat' | 'negative' | 'unresolved', r: Rate) => {
    const all = overall[name];
    return (
      <Metric
        key={name}
        label={t(`topic.metrics.${name}`)}
        value={r.rate === null ? '–' : pct(r.rate)}
        note={r.rate === null ? t('topic.metrics.unknown') : t('topic.metrics.ci', { low: pct(r.low), high: pct(r.high) })}
        tip={
          r.rate === null
            ? undefined
            : [t('table.interval', { k: r.k, n: r.n, low: pct(r.low), high: pct(r.high) }), all !== null ? t('topic.metrics.overall', { value: pct(all) }) : '', t('topic.metrics.shrunk', { value: pct(r.shrunk) })]
                .filter(Boolean)
                .join(' · ')
        }
      />
    );
  };
  return (
    <div className="insights-metrics">
      <Metric label={t('topic.metrics.score')} value={num(friction.score)} note={t('topic.metrics.scoreNote')} />
      <Metric label={t('topic.metrics.conversations')} value={num(friction.conversations, 0)} note={t('topic.metrics.share', { share: pct(friction.share), perWeek: num(friction.weeklyVolume) })} />
      {rate('escalation', friction.escalation)}
      {rate('repeat', friction.repeat)}
      {rate('negative', friction.negative)}
      {rate('unresolved', friction.unresolved)}
      <Metric
        label={t('topic.metrics.handle')}
        value={friction.handleSeconds ? t('topic.metrics.minutes', { value: num(friction.handleSeconds.median / 60) }) : '–'}
        note={friction.handleSeconds ? t('topic.metrics.handleNote', { mean: num(friction.handleSeconds.mean / 60), n: friction.handleSeconds.n }) : t('topic.metrics.unknown')}
      />
      <Metric
        label={t('topic.metrics.timing')}
        value={friction.escalationTiming ? pct(friction.escalationTiming.medianPosition) : '–'}
        note={friction.escalationTiming ? t('topic.metrics.timingNote', { n: friction.escalationTiming.n }) : t('topic.metrics.noEscalations')}
        tip={t('topic.metrics.timingTip')}
      />
    </div>
  );
}

/** "Why this is high": each component's avoidable contacts per week and the rates behind them. */
export function WhyCard({ friction }: { friction: TopicFriction }) {
  const { t, i18n } = useTranslation('insights');
  const locale = i18n.language;
  const max = Math.max(1e-9, ...friction.components.map((c) => c.avoidablePerWeek));
  const sorted = [...friction.components].sort((a, b) => b.avoidablePerWeek - a.avoidablePerWeek);
  return (
    <Card size="small" title={t('topic.why.title')}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('topic.why.explain')}
      </Typography.Paragraph>
      {sorted.map((c) => (
        <div key={c.component} style={{ marginBottom: 8 }}>
          <div className="insights-why-bar">
            <Typography.Text className="insights-why-name">{t(`table.components.${c.component}`)}</Typography.Text>
            <Progress percent={(c.avoidablePerWeek / max) * 100} showInfo={false} size="small" status="normal" strokeColor="var(--g-brand)" />
            <Typography.Text strong className="g-num" style={{ minWidth: 64, textAlign: 'right' }}>
              {t('topic.why.perWeek', { value: formatNumber(c.avoidablePerWeek, locale, { maximumFractionDigits: 1 }) })}
            </Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('topic.why.detail', {
              rate: formatPercent(c.shrunkRate, locale, 0),
              achievable: formatPercent(c.achievableRate, locale, 0),
              weight: formatNumber(c.weight, locale, { maximumFractionDigits: 2 }),
            })}
          </Typography.Text>
        </div>
      ))}
    </Card>
  );
}

export function TrendCard({ friction }: { friction: TopicFriction }) {
  const { t, i18n } = useTranslation('insights');
  const locale = i18n.language;
  const { trend } = friction;
  const num = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 1 });
  return (
    <Card size="small" title={t('topic.trend.title')}>
      <Sparkline values={trend.weekly} width={320} height={64} fluid label={t('table.sparkline', { weeks: trend.weekly.length, counts: trend.weekly.join(', ') })} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        {t('topic.trend.summary', { weeks: trend.weekly.length, recent: num(trend.recentPerWeek), baseline: num(trend.baselinePerWeek) })}
        {trend.change !== null && ` (${trend.change > 0 ? '+' : ''}${formatPercent(trend.change, locale, 0)})`}
      </Typography.Paragraph>
    </Card>
  );
}
