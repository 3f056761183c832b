import { BarChartOutlined, DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PlaceholderScreen } from '../../app/PlaceholderScreen';
import { ScreenHeader } from '../../app/ScreenHeader';
import { useNotifyError } from '../../app/errors';
import { call, onEvent } from '../../lib/ipc';
import { formatNumber } from '../../lib/format';
import { useCall } from '../../lib/use-call';
import { useUi } from '../../state/ui';
import { FrictionTable } from './FrictionTable';

function downloadCsv(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'gleaner-friction.csv';
  link.click();
  URL.revokeObjectURL(url);
}

export default function InsightsScreen() {
  const { t, i18n } = useTranslation(['insights', 'nav']);
  const notifyError = useNotifyError();
  const setJobsOpen = useUi((s) => s.setJobsOpen);
  const table = useCall('insights:topics', {});
  const facets = useCall('transcripts:facets', {});
  const { reload } = table;

  useEffect(
    () =>
      onEvent('job:progress', (job) => {
        if ((job.kind === 'topics.discover' || job.kind === 'demo.build' || job.kind === 'ingest.files') && job.state === 'done') reload();
      }),
    [reload],
  );

  if (table.loading && !table.data) return <Spin className="g-screen-spin" />;
  const hasConversations = (facets.data?.total ?? 0) > 0;
  if (!hasConversations) return <PlaceholderScreen id="insights" icon={<BarChartOutlined />} actionTarget="transcripts" />;

  const discover = () => call('insights:discover', {}).then(() => setJobsOpen(true), notifyError);
  const report = table.data?.report;
  const discovered = Boolean(table.data?.run);
  return (
    <div className="g-screen">
      <ScreenHeader
        title={t('nav:insights')}
        subtitle={t('insights:subtitle')}
        actions={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={discover}>
              {discovered ? t('insights:table.rediscover') : t('insights:table.discover')}
            </Button>
            <Button icon={<DownloadOutlined />} disabled={!discovered} onClick={() => call('insights:exportCsv', {}).then(downloadCsv, notifyError)}>
              {t('insights:table.exportCsv')}
            </Button>
          </Space>
        }
      />
      {!discovered || !report ? (
        <Alert type="info" showIcon title={t('insights:table.notDiscovered')} action={<Button type="primary" onClick={discover}>{t('insights:table.discover')}</Button>} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('insights:table.summary', { conversations: formatNumber(report.conversations, i18n.language), weeks: formatNumber(report.weeks, i18n.language, { maximumFractionDigits: 1 }) })}
          </Typography.Paragraph>
          <FrictionTable report={report} />
        </>
      )}
    </div>
  );
}
