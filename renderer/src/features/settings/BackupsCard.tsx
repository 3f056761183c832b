import { CloudDownloadOutlined, HistoryOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Switch, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain/backup';
import { useErrorText, useNotifyError } from '../../app/errors';
import { formatDateTime } from '../../lib/format';
import { call, IpcError, onEvent } from '../../lib/ipc';
import { useCall } from '../../lib/use-call';
import { useUi } from '../../state/ui';
import { formatBytes } from './models/format';
import { SettingRow } from './SettingRow';

/** Backups of the open workspace: the daily automatic one, a manual one, and restoring one. */
export function BackupsCard() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const { message, modal } = App.useApp();
  const notifyError = useNotifyError();
  const errorText = useErrorText();
  const settings = useUi((s) => s.settings);
  const setSettings = useUi((s) => s.setSettings);
  const list = useCall('backup:list', {});
  const [busy, setBusy] = useState(false);
  const { reload } = list;
  useEffect(() => onEvent('backup:auto', reload), [reload]);

  const backUpNow = async () => {
    setBusy(true);
    try {
      await call('backup:create', {});
      void message.success(t('backupDone', { folder: list.data?.folder ?? '' }));
      reload();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const restore = (backup: BackupInfo) =>
    modal.confirm({
      title: t('restoreTitle', { date: formatDateTime(backup.createdAt, i18n.language) }),
      content: t('restoreBody'),
      okText: t('restoreAction'),
      okButtonProps: { danger: true },
      cancelText: t('common:cancel'),
      onOk: async () => {
        try {
          const result = await call('backup:restore', { name: backup.name });
          void message.success(t('restoreDone', { previous: result.previous ?? '' }), 8);
        } catch (error) {
          notifyError(error);
        }
      },
    });

  const lastAuto = list.data?.lastAuto;
  return (
    <Card
      title={t('backups')}
      size="small"
      data-testid="backups-card"
      extra={
        <Button icon={<CloudDownloadOutlined />} loading={busy} onClick={() => void backUpNow()}>
          {t('backupNow')}
        </Button>
      }
    >
      <SettingRow
        label={t('autoBackup')}
        help={t('autoBackupHelp')}
        control={({ labelId }) => (
          <Switch
            aria-labelledby={labelId}
            disabled={!settings}
            checked={settings?.autoBackup}
            onChange={(autoBackup) => void call('settings:set', { autoBackup }).then(setSettings, notifyError)}
          />
        )}
      />
      {lastAuto?.state === 'failed' && (
        <Alert
          type="warning"
          showIcon
          className="g-backup-alert"
          message={t('autoBackupFailed')}
          description={errorText(new IpcError(lastAuto.error.code, lastAuto.error.message))}
        />
      )}
      {list.data && (
        <div className="g-backup-folder">
          <Typography.Text type="secondary">{t('backupsFolder')}</Typography.Text>
          <Typography.Text type="secondary" copyable className="g-mono">
            {list.data.folder}
          </Typography.Text>
        </div>
      )}
      <Table<BackupInfo>
        size="small"
        rowKey="name"
        pagination={false}
        loading={list.loading && !list.data}
        dataSource={list.data?.backups ?? []}
        aria-label={t('backups')}
        locale={{ emptyText: t('noBackups') }}
        columns={[
          {
            title: t('backupDate'),
            dataIndex: 'createdAt',
            render: (iso: string, row) => (
              <>
                <time dateTime={iso}>{formatDateTime(iso, i18n.language)}</time>{' '}
                {row.auto && <Tag bordered={false}>{t('backupAuto')}</Tag>}
              </>
            ),
          },
          {
            title: t('sizeColumn'),
            dataIndex: 'sizeBytes',
            align: 'right',
            width: 120,
            className: 'g-num',
            render: (bytes: number) => formatBytes(bytes, i18n.language),
          },
          {
            key: 'restore',
            width: 120,
            align: 'right',
            render: (_: unknown, row) => (
              <Button size="small" icon={<HistoryOutlined />} onClick={() => restore(row)}>
                {t('restoreButton')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
