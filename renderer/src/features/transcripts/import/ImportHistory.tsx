import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useCall } from '../../../lib/use-call';
import { ImportReportView } from './ImportReportView';
import { fileName } from './model';

/** The reports of past imports, newest first; one opens in full with its errors. */
export function ImportHistory({ open, onClose, reloadKey }: { open: boolean; onClose: () => void; reloadKey: number }) {
  const { t, i18n } = useTranslation('transcripts');
  const reports = useCall('ingest:reports', { limit: 50 });
  const { reload } = reports;
  useEffect(() => {
    if (open) reload();
  }, [open, reloadKey, reload]);
  const [selected, setSelected] = useState<string | null>(null);
  const report = reports.data?.find((r) => r.id === selected);
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <Drawer
      open={open}
      onClose={() => {
        setSelected(null);
        onClose();
      }}
      title={t('report.history')}
      size={report ? 860 : 520}
      className="transcripts-history-drawer"
    >
      {report ? (
        <>
          <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => setSelected(null)} className="transcripts-link-button">
            {t('report.back')}
          </Button>
          <ImportReportView report={report} reportIds={[report.id]} />
        </>
      ) : reports.loading && !reports.data ? (
        <Spin className="g-screen-spin" />
      ) : !reports.data?.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.historyEmpty')} />
      ) : (
        <ul className="transcripts-history">
          {reports.data.map((r) => (
            <li key={r.id}>
              <button type="button" className="transcripts-history-item" onClick={() => setSelected(r.id)}>
                <span className="transcripts-history-files">
                  {r.files.map((f) => fileName(f.file)).join(', ') || '—'}
                </span>
                <Typography.Text type="secondary">{formatDateTime(r.startedAt, i18n.language)}</Typography.Text>
                <span>
                  {t('report.summary', { imported: n(r.imported), duplicates: n(r.duplicates), rejected: n(r.rejected) })}
                  {r.cancelled && (
                    <Tag color="warning" bordered={false} className="transcripts-history-tag">
                      {t('report.cancelledTag')}
                    </Tag>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Drawer>
  );
}
