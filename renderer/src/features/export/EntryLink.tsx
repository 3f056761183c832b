import { CopyOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportReport } from '../../../../shared/domain/export';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';

/** Where a file export landed (the help center's index.html, the docs folder, the package), with Open and Copy. */
export function EntryLink({ report }: { report: ExportReport }) {
  const { t } = useTranslation('export');
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const entry = report.entry;
  if (!entry || (report.target !== 'html' && report.target !== 'markdown' && report.target !== 'salesforce')) return null;
  const copy = () => navigator.clipboard.writeText(entry).then(() => void message.success(t('actions.copied')), notifyError);
  return (
    <div className="export-entry">
      <Typography.Text type="secondary">{t(`run.entry.${report.target}`)}</Typography.Text>
      <div className="export-entry-row">
        <Typography.Text code className="export-entry-path" data-testid="export-entry">
          {entry}
        </Typography.Text>
        <Space size="small">
          <Tooltip title={t('actions.copy')}>
            <Button size="small" icon={<CopyOutlined />} onClick={() => void copy()} aria-label={t('actions.copy')} />
          </Tooltip>
          <Button
            size="small"
            icon={<ExportOutlined />}
            onClick={() =>
              call('export:open', { path: entry }).then(({ opened }) => {
                if (!opened) void message.info(t('actions.openUnavailable'));
              }, notifyError)
            }
          >
            {report.target === 'html' ? t('actions.openIndex') : t('actions.open')}
          </Button>
        </Space>
      </div>
    </div>
  );
}
