import { ArrowLeftOutlined, FileAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Progress, Space, Spin, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DraftRefusal } from '../../../../shared/domain/draft';
import type { TopicFriction } from '../../../../shared/domain/friction';
import { ScreenHeader } from '../../app/ScreenHeader';
import { useErrorText } from '../../app/errors';
import { formatNumber, formatPercent } from '../../lib/format';
import { openArticle } from '../../lib/links';
import { useCall } from '../../lib/use-call';
import { useUi } from '../../state/ui';
import { Filters } from './Filters';
import { useInsightsFilter } from './filters';
import { COVERAGE_COLORS } from './FrictionTable';
import { ImpactList } from './ImpactList';
import { TopicActions } from './TopicActions';
import { TopicConversations } from './TopicConversations';
import { TopicMetrics, TrendCard, WhyCard } from './TopicMetrics';
import { useDraftArticle, type DraftState } from './useDraftArticle';

function CoverageCard({ friction }: { friction: TopicFriction }) {
  const { t, i18n } = useTranslation('insights');
  const { coverage } = friction;
  return (
    <Card size="small" title={t('topic.coverage.title')}>
      <Tag color={COVERAGE_COLORS[coverage.status]}>{t(`table.coverageStatus.${coverage.status}`)}</Tag>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0' }}>
        {t(`topic.coverage.explain.${coverage.status}`)}
      </Typography.Paragraph>
      {coverage.articleId && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {coverage.status === 'none' ? t('topic.coverage.closest') : t('topic.coverage.best')}
          </Typography.Text>{' '}
          <Typography.Link onClick={() => openArticle(coverage.articleId!)}>{coverage.articleTitle ?? coverage.articleId}</Typography.Link>
          {coverage.similarity !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              {t('topic.coverage.similarity', { value: formatPercent(coverage.similarity, i18n.language, 0) })}
            </Typography.Text>
          )}
        </div>
      )}
    </Card>
  );
}

function refusalText(t: TFunction<'insights'>, refusal: DraftRefusal): string {
  const rejected = Object.entries(refusal.rejected)
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([reason, count]) => t('draft.rejected', { reason: t(`draft.rejections.${reason}`), n: count }))
    .join(', ');
  return [t(`draft.refused.${refusal.reason}`, { successful: refusal.successCount, minimum: refusal.minimum }), rejected && t('draft.rejectedList', { list: rejected })].filter(Boolean).join(' ');
}

function DraftStatus({ state, cancel }: { state: DraftState; cancel: () => void }) {
  const { t } = useTranslation('insights');
  const errorText = useErrorText();
  if (state.status === 'running') {
    const job = state.job;
    const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
    return (
      <Alert
        type="info"
        showIcon
        title={t('draft.running')}
        description={<Progress percent={percent} size="small" status="active" aria-label={t('draft.running')} format={() => (job?.phase ? t('draft.phase', { phase: job.phase }) : '')} />}
        action={
          <Button size="small" onClick={cancel} disabled={!job}>
            {t('draft.cancel')}
          </Button>
        }
      />
    );
  }
  if (state.status === 'refused') return <Alert type="warning" showIcon title={t('draft.refusedTitle')} description={refusalText(t, state.refusal)} />;
  if (state.status === 'failed') return <Alert type="error" showIcon title={t('draft.failed')} description={state.error ? errorText(state.error) : undefined} />;
  return null;
}

/** #/insights/<topicId>: one topic, why it ranks where it does, what customers say, and the way to an article. */
export function TopicPage({ topicId }: { topicId: string }) {
  const { t, i18n } = useTranslation(['insights', 'nav']);
  const navigate = useUi((s) => s.navigate);
  const filter = useInsightsFilter((s) => s.filter);
  const detail = useCall('insights:topic', { topicId, ...filter });
  const impacts = useCall('insights:impact', { topicId });
  const draft = useDraftArticle(topicId);
  const errorText = useErrorText();
  const back = (
    <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('insights', null)}>
      {t('topic.back')}
    </Button>
  );

  if (detail.loading && !detail.data) return <Spin className="g-screen-spin" />;
  if (!detail.data) {
    return (
      <div className="g-screen">
        {back}
        <Empty description={detail.error?.code === 'E_NOT_FOUND' ? t('topic.gone') : errorText(detail.error)} />
      </div>
    );
  }
  const { topic, friction } = detail.data;
  const { rank, ranked } = detail.data;
  const running = draft.state.status === 'running';
  return (
    <div className="g-screen">
      {back}
      <ScreenHeader
        title={topic.label}
        subtitle={[
          rank !== null ? t('topic.rank', { rank, of: ranked }) : null,
          topic.hidden ? t('topic.hidden') : null,
          topic.terms.length ? t('topic.terms', { terms: topic.terms.slice(0, 6).join(', ') }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <Space wrap>
            <TopicActions topic={topic} onChanged={detail.reload} />
            <Button type="primary" icon={<FileAddOutlined />} loading={running} onClick={() => void draft.start()}>
              {t('topic.draft')}
            </Button>
          </Space>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <DraftStatus state={draft.state} cancel={draft.cancel} />
        <Filters />
        {!friction ? (
          <Alert type="info" showIcon title={topic.hidden ? t('topic.hiddenNoFriction') : t('topic.noConversations')} />
        ) : (
          <div className="insights-topic-grid">
            <div className="insights-stack">
              <TopicMetrics friction={friction} overall={detail.data.overall} />
              <WhyCard friction={friction} />
              <TrendCard friction={friction} />
              <Card size="small" title={t('impact.title')}>
                {impacts.data && impacts.data.length > 0 ? (
                  <ImpactList impacts={impacts.data} showTopic={false} />
                ) : (
                  <Typography.Text type="secondary">{t('impact.noneForTopic')}</Typography.Text>
                )}
              </Card>
            </div>
            <div className="insights-stack">
              <CoverageCard friction={friction} />
              <TopicConversations
                topicId={topicId}
                utterances={detail.data.utterances}
                conversations={detail.data.conversations}
                representativeKeys={detail.data.representativeKeys}
                escalatedKeys={detail.data.escalatedKeys}
                total={detail.data.total}
              />
            </div>
          </div>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('topic.footer', { conversations: formatNumber(detail.data.total, i18n.language) })}
        </Typography.Text>
      </Space>
    </div>
  );
}
