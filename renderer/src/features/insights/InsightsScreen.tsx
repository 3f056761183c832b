import { BarChartOutlined, DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PlaceholderScreen } from '../../app/PlaceholderScreen';
import { ScreenHeader } from '../../app/ScreenHeader';
import { useNotifyError } from '../../app/errors';
import { call, onEvent } from '../../lib/ipc';
import { formatNumber } from '../../lib/format';
import { useCall } from '../../lib/use-call';
import { useUi } from '../../state/ui';
import { Filters } from './Filters';
import { isFiltered, useInsightsFilter } from './filters';
import { FrictionChart } from './FrictionChart';
import { FrictionTable } from './FrictionTable';
import { GranularityControl } from './GranularityControl';
import { ImpactSummary } from './ImpactSummary';
import { TopicPage } from './TopicPage';
import './insights.css';

function downloadCsv(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'gleaner-friction.csv';
  link.click();
  URL.revokeObjectURL(url);
}

const RELOADING_JOBS = new Set(['topics.discover', 'demo.build', 'ingest.files']);

/** #/insights: topics ranked by friction; #/insights/<topicId>: one topic. */
export default function InsightsScreen() {
  const param = useUi((s) => s.param);
  return param ? <TopicPage key={param} topicId={param} /> : <InsightsOverview />;
}

function InsightsOverview() {
  const { t, i18n } = useTranslation(['insights', 'nav']);
  const notifyError = useNotifyError();
  const setJobsOpen = useUi((s) => s.setJobsOpen);
  const filter = useInsightsFilter((s) => s.filter);
  const table = useCall('insights:topics', filter);
  const facets = useCall('transcripts:facets', {});
  const { reload } = table;

  useEffect(
    () =>
      onEvent('job:progress', (job) => {
        if (RELOADING_JOBS.has(job.kind) && job.state === 'done') reload();
      }),
    [reload],
  );

  if ((table.loading && !table.data) || (facets.loading && !facets.data)) return <Spin className="g-screen-spin" />;
  const hasConversations = (facets.data?.total ?? 0) > 0;
  if (!hasConversations) return <PlaceholderScreen id="insights" icon={<BarChartOutlined />} actionTarget="transcripts" />;

  const discover = (granularity?: number) => call('insights:discover', granularity === undefined ? {} : { granularity }).then(() => setJobsOpen(true), notifyError);
  const report = table.data?.report;
  const discovered = Boolean(table.data?.run);
  const ranked = report?.topics.filter((topic) => topic.topicId !== 'outliers') ?? [];
  return (
    <div className="g-screen">
      <ScreenHeader
        title={t('nav:insights')}
        subtitle={t('insights:subtitle')}
        actions={
          <Space>
            {table.data?.run && <GranularityControl run={table.data.run} onDiscover={discover} />}
            <Button icon={<ReloadOutlined />} onClick={() => discover()}>
              {discovered ? t('insights:table.rediscover') : t('insights:table.discover')}
            </Button>
            <Button icon={<DownloadOutlined />} disabled={!discovered} onClick={() => call('insights:exportCsv', filter).then(downloadCsv, notifyError)}>
              {t('insights:table.exportCsv')}
            </Button>
          </Space>
        }
      />
      {!discovered || !report ? (
        <Alert type="info" showIcon title={t('insights:table.notDiscovered')} action={<Button type="primary" onClick={() => discover()}>{t('insights:table.discover')}</Button>} />
      ) : (
        <>
          {(table.data?.changedConversations ?? 0) > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('insights:table.changed', { n: formatNumber(table.data!.changedConversations, i18n.language) })}
              action={
                <Button size="small" onClick={() => discover()}>
                  {t('insights:table.rediscover')}
                </Button>
              }
            />
          )}
          <Filters />
          <Typography.Paragraph type="secondary">
            {t('insights:table.summary', { conversations: formatNumber(report.conversations, i18n.language), weeks: formatNumber(report.weeks, i18n.language, { maximumFractionDigits: 1 }) })}
            {table.loading && <Spin size="small" style={{ marginLeft: 8 }} />}
          </Typography.Paragraph>
          {ranked.length === 0 ? (
            <Empty description={isFiltered(filter) ? t('insights:filters.noMatch') : t('insights:table.noTopics')} />
          ) : (
            <>
              <div className="insights-overview">
                <Card size="small" title={t('insights:chart.title')} extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('insights:chart.hint')}</Typography.Text>}>
                  <FrictionChart report={report} />
                </Card>
                <ImpactSummary />
              </div>
              <FrictionTable report={report} />
            </>
          )}
        </>
      )}
    </div>
  );
}
