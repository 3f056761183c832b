import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FRICTION_COMPONENTS, type ImpactVerdict, type TopicImpact } from '../../../../shared/domain/friction';
import { formatDateTime, formatNumber, formatPercent } from '../../lib/format';
import { openArticle, openTopic } from '../../lib/links';

const VERDICT_COLORS: Record<ImpactVerdict, string> = { better: 'green', worse: 'red', unclear: 'default', too_early: 'blue' };

const signed = (value: number, locale: string): string => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatPercent(Math.abs(value), locale, 0)}`;

/** "Did it help": each published article's topic, before against after, every change with its interval. */
export function ImpactList({ impacts, showTopic }: { impacts: readonly TopicImpact[]; showTopic: boolean }) {
  const { t, i18n } = useTranslation('insights');
  const locale = i18n.language;
  return (
    <div>
      {impacts.map((impact) => (
        <div key={`${impact.articleId}:${impact.topicId}`} className="insights-impact-item">
          <div>
            <Tag color={VERDICT_COLORS[impact.verdict]}>{t(`impact.verdict.${impact.verdict}`)}</Tag>
            <Typography.Link onClick={() => openArticle(impact.articleId)}>{impact.articleTitle}</Typography.Link>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {showTopic && (
              <>
                <Typography.Link style={{ fontSize: 12 }} onClick={() => openTopic(impact.topicId)}>
                  {impact.topicLabel}
                </Typography.Link>
                {' · '}
              </>
            )}
            {t(impact.publishedFrom === 'audit' ? 'impact.published' : 'impact.publishedApprox', { date: formatDateTime(impact.publishedAt, locale) })}
            {' · '}
            {t('impact.volumes', {
              before: formatNumber(impact.before.conversations, locale),
              after: formatNumber(impact.after.conversations, locale),
              days: formatNumber(Math.round(impact.after.days), locale),
            })}
          </Typography.Text>
          <div>
            {FRICTION_COMPONENTS.map((name) => {
              const change = impact.change[name];
              const before = impact.before[name];
              const after = impact.after[name];
              if (!change || before.rate === null || after.rate === null) return null;
              return (
                <Tooltip key={name} title={t('impact.interval', { low: signed(change.low, locale), high: signed(change.high, locale) })}>
                  <Typography.Text style={{ fontSize: 12, marginRight: 12 }} className="g-num" type={change.high < 0 ? 'success' : change.low > 0 ? 'danger' : undefined}>
                    {t('impact.change', {
                      component: t(`table.components.${name}`),
                      before: formatPercent(before.rate, locale, 0),
                      after: formatPercent(after.rate, locale, 0),
                      low: signed(change.low, locale),
                      high: signed(change.high, locale),
                    })}
                  </Typography.Text>
                </Tooltip>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
