import { QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, List, Progress, Spin, Statistic, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard as DashboardData } from '../../../../shared/domain/review';
import { formatDuration, formatNumber, formatPercent } from '../../lib/format';
import { openReview } from '../../lib/links';
import { StateTags } from './LifecycleActions';
import { useReviewCall } from './useReviewCall';

function Metric({ title, help, value, detail, testId }: { title: string; help: string; value: string; detail?: string; testId: string }) {
  return (
    <Card size="small" className="review-metric" data-testid={testId}>
      <Statistic
        title={
          <span>
            {title}{' '}
            <Tooltip title={help}>
              <QuestionCircleOutlined aria-label={help} />
            </Tooltip>
          </span>
        }
        value={value}
      />
      {detail && <Typography.Text type="secondary">{detail}</Typography.Text>}
    </Card>
  );
}

const VERDICT_COLORS = { better: 'success', worse: 'error', unclear: 'default', too_early: 'default' } as const;

function Friction({ friction }: { friction: DashboardData['friction'] }) {
  const { t, i18n } = useTranslation('review');
  if (friction.status === 'no_published') return <Typography.Text type="secondary">{t('dashboard.frictionNone')}</Typography.Text>;
  if (friction.status === 'unavailable') return <Alert type="info" showIcon title={t('dashboard.frictionUnavailable', { message: friction.message })} />;
  const pts = (value: number | undefined) => `${(value ?? 0) >= 0 ? '+' : ''}${formatNumber((value ?? 0) * 100, i18n.language, { maximumFractionDigits: 1 })}`;
  return (
    <List
      size="small"
      dataSource={friction.items}
      renderItem={(item) => (
        <List.Item extra={<Tag color={VERDICT_COLORS[item.verdict]} bordered={false}>{t(`dashboard.verdicts.${item.verdict}`)}</Tag>}>
          <List.Item.Meta
            title={<a onClick={() => openReview(item.articleId)}>{item.articleTitle}</a>}
            description={
              <span>
                {item.topicLabel} · {t('dashboard.perWeek', { before: formatNumber(item.before.perWeek, i18n.language, { maximumFractionDigits: 1 }), after: formatNumber(item.after.perWeek, i18n.language, { maximumFractionDigits: 1 }) })} ·{' '}
                {t('dashboard.escalation', { value: pts(item.change.escalation?.difference) })} · {t('dashboard.repeat', { value: pts(item.change.repeat?.difference) })}
              </span>
            }
          />
        </List.Item>
      )}
    />
  );
}

/** The value of reviewing AI drafts: acceptance, how much reviewers changed, speed, what is due, and friction after publishing. */
export function Dashboard() {
  const { t, i18n } = useTranslation('review');
  const { data, error } = useReviewCall('review:dashboard', {});
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!data) return <Spin className="g-screen-spin" />;
  const none = t('dashboard.noData');
  const { aiDrafts } = data;
  return (
    <div className="review-dashboard">
      <div className="review-metrics">
        <Metric
          testId="metric-acceptance"
          title={t('dashboard.acceptance')}
          help={t('dashboard.acceptanceHelp')}
          value={data.acceptanceRate === null ? none : formatPercent(data.acceptanceRate, i18n.language, 0)}
          detail={aiDrafts.total ? t('dashboard.acceptanceDetail', aiDrafts) : t('dashboard.noAi')}
        />
        <Metric
          testId="metric-edit-distance"
          title={t('dashboard.editDistance')}
          help={t('dashboard.editDistanceHelp')}
          value={data.editDistance.mean === null ? none : formatPercent(data.editDistance.mean, i18n.language, 0)}
        />
        <Metric
          testId="metric-time"
          title={t('dashboard.timeToApprove')}
          help={t('dashboard.timeToApproveHelp')}
          value={
            data.medianHoursToApprove === null
              ? none
              : data.medianHoursToApprove < 1
                ? formatDuration(data.medianHoursToApprove * 3600, i18n.language)
                : t('dashboard.hours', { value: formatNumber(data.medianHoursToApprove, i18n.language, { maximumFractionDigits: 1 }) })
          }
        />
        <Metric testId="metric-due" title={t('dashboard.due')} help={t('dashboard.dueHelp')} value={formatNumber(data.dueForReview.length, i18n.language)} />
      </div>
      <div className="review-dashboard-grid">
        <Card size="small" title={t('dashboard.friction')}>
          <Friction friction={data.friction} />
        </Card>
        <Card size="small" title={`${t('dashboard.editDistance')} · ${t('dashboard.perArticle')}`}>
          {data.editDistance.articles.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noAi')} />
          ) : (
            <List
              size="small"
              dataSource={data.editDistance.articles}
              renderItem={(a) => (
                <List.Item>
                  <a onClick={() => openReview(a.articleId)} className="review-ellipsis">{a.title}</a>
                  <Progress percent={Math.round(a.distance * 100)} size="small" style={{ width: 140, margin: 0 }} aria-label={`${a.title}: ${Math.round(a.distance * 100)}%`} />
                </List.Item>
              )}
            />
          )}
        </Card>
        <Card size="small" title={t('dashboard.due')}>
          {data.dueForReview.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noDue')} />
          ) : (
            <List
              size="small"
              dataSource={data.dueForReview}
              renderItem={(a) => (
                <List.Item extra={<StateTags state={a.state} />}>
                  <List.Item.Meta title={<a onClick={() => openReview(a.articleId)}>{a.title}</a>} description={a.reviewBy} />
                </List.Item>
              )}
            />
          )}
        </Card>
      </div>
    </div>
  );
}
