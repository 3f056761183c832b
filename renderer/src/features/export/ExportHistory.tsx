import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ExportReport } from '../../../../shared/domain/export';
import { RelativeTime } from '../../app/RelativeTime';
import { EntryLink } from './EntryLink';
import { ItemsTable } from './ItemsTable';
import { useCountsText } from './RunPanel';

/** Every past export of this workspace, newest first; a row opens its per-article report. */
export function ExportHistory({ reports, loading }: { reports: readonly ExportReport[]; loading: boolean }) {
  const { t } = useTranslation('export');
  const countsText = useCountsText();
  const columns: ColumnsType<ExportReport> = [
    { title: t('history.when'), dataIndex: 'startedAt', width: 150, render: (iso: string) => <RelativeTime iso={iso} /> },
    {
      title: t('history.target'),
      dataIndex: 'target',
      width: 230,
      render: (target: string, report) => (
        <>
          {t(`targets.${target}.name`)}
          {report.layout && <Typography.Text type="secondary" data-testid="export-history-layout">{` · ${t(`layout.${report.layout}.name`)}`}</Typography.Text>}
        </>
      ),
    },
    {
      title: t('history.destination'),
      dataIndex: 'destination',
      render: (destination: string) => (
        <Typography.Text className="g-mono export-destination" ellipsis={{ tooltip: destination }}>
          {destination}
        </Typography.Text>
      ),
    },
    {
      title: t('history.result'),
      key: 'result',
      render: (_value, report) => (
        <span className="export-history-result">
          {report.cancelled && (
            <Tag variant="filled" color="orange">
              {t('history.cancelled')}
            </Tag>
          )}
          <Typography.Text type={report.counts.failed > 0 ? 'danger' : undefined}>{countsText(report)}</Typography.Text>
        </span>
      ),
    },
  ];
  return (
    <section className="export-section" aria-labelledby="export-history-title" data-testid="export-history">
      <Typography.Title level={5} id="export-history-title" className="export-section-title">
        {t('history.title')}
      </Typography.Title>
      <Table<ExportReport>
        size="small"
        rowKey="id"
        loading={loading}
        columns={columns}
        dataSource={[...reports]}
        locale={{ emptyText: t('history.empty') }}
        pagination={reports.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        expandable={{
          expandedRowRender: (report) => (
            <div className="export-history-detail">
              <EntryLink report={report} />
              <ItemsTable items={report.items} testId={`export-history-items-${report.id}`} />
            </div>
          ),
          expandRowByClick: true,
        }}
      />
    </section>
  );
}
