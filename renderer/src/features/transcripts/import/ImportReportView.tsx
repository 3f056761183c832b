import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport, RowError } from '../../../../../shared/domain/ingest';
import { useNotifyError } from '../../../app/errors';
import { formatDateTime } from '../../../lib/format';
import { call } from '../../../lib/ipc';
import { fileName, joinCsv } from './model';

function download(csv: string, name: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

interface ImportReportViewProps {
  report: ImportReport;
  /** The stored reports behind it (several when several files were imported one by one). */
  reportIds: readonly string[];
}

/** Counts, files, and every row that was not imported with its file, line and field; saved as CSV. */
export function ImportReportView({ report, reportIds }: ImportReportViewProps) {
  const { t, i18n } = useTranslation('transcripts');
  const notifyError = useNotifyError();
  const save = async () => {
    try {
      const parts = await Promise.all(reportIds.map((id) => call('ingest:reportCsv', { id })));
      download(joinCsv(parts), `gleaner-import-${report.startedAt.slice(0, 10)}.csv`);
    } catch (error) {
      notifyError(error);
    }
  };
  const number = (value: number) => value.toLocaleString(i18n.language);
  return (
    <section className="transcripts-report" aria-label={t('report.title')}>
      <div className="transcripts-report-head">
        <Typography.Title level={5}>{t('report.title')}</Typography.Title>
        <Typography.Text type="secondary">{formatDateTime(report.finishedAt, i18n.language)}</Typography.Text>
      </div>
      {report.cancelled && <Alert type="warning" showIcon title={t('report.cancelled')} />}
      <div className="transcripts-report-stats">
        <Statistic title={t('report.read')} value={number(report.read)} />
        <Statistic title={t('report.imported')} value={number(report.imported)} />
        <Statistic title={t('report.duplicates')} value={number(report.duplicates)} />
        <Statistic
          title={t('report.rejected')}
          value={number(report.rejected)}
          className={report.rejected > 0 ? 'transcripts-report-rejected' : undefined}
        />
      </div>
      {report.files.length > 0 && (
        <Typography.Paragraph type="secondary" className="transcripts-report-files">
          {t('report.files')}:{' '}
          {report.files
            .map((f) => `${fileName(f.file)} (${t(`import.formats.${f.format}`, { defaultValue: f.format })}, ${f.encoding})`)
            .join(', ')}
        </Typography.Paragraph>
      )}
      <div className="transcripts-report-errors-head">
        <Typography.Title level={5}>{t('report.errors')}</Typography.Title>
        <Button icon={<DownloadOutlined />} onClick={() => void save()}>
          {t('report.saveCsv')}
        </Button>
      </div>
      {report.errors.length === 0 ? (
        <Typography.Text type="secondary">{t('report.noErrors')}</Typography.Text>
      ) : (
        <>
          <Table<RowError & { n: number }>
            size="small"
            className="transcripts-report-table"
            rowKey="n"
            dataSource={report.errors.map((e, n) => ({ ...e, n }))}
            pagination={report.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            columns={[
              { key: 'file', title: t('report.file'), dataIndex: 'file', width: 180, ellipsis: true, render: (file: string) => fileName(file) },
              { key: 'line', title: t('report.line'), dataIndex: 'line', width: 90, render: (line: number | null) => line ?? '—' },
              { key: 'field', title: t('report.field'), dataIndex: 'field', width: 130, render: (field: string | null) => field ?? '—' },
              { key: 'message', title: t('report.message'), dataIndex: 'message' },
            ]}
          />
          {report.errorsTruncated && (
            <Typography.Text type="secondary">{t('report.truncated', { count: report.errors.length })}</Typography.Text>
          )}
        </>
      )}
    </section>
  );
}
