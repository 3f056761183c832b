import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TableInfo, WorkspaceSummary } from '../../../../shared/domain/workspace';
import { useNotifyError } from '../../app/errors';
import { RelativeTime } from '../../app/RelativeTime';
import { formatNumber } from '../../lib/format';
import { call } from '../../lib/ipc';
import { useCall } from '../../lib/use-call';
import { NewWorkspaceButton } from './NewWorkspaceButton';

/** The open workspace (its tables, schema versions and sizes) and the others this computer knows. */
export function WorkspaceCard() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const notifyError = useNotifyError();
  const info = useCall('workspace:info', {});
  const known = useCall('workspace:list', {});
  const open = (dir: string) => void call('workspace:open', { dir }).catch(notifyError);
  const openPicked = async () => {
    try {
      const dir = await call('workspace:pickFolder', {});
      if (dir) await call('workspace:open', { dir });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Card
      title={t('workspace')}
      size="small"

      extra={
        <Space size="small">
          <Button icon={<FolderOpenOutlined />} onClick={openPicked}>
            {t('openWorkspace')}
          </Button>
          <NewWorkspaceButton />
        </Space>
      }
    >
      {info.data && (
        <>
          <div className="g-workspace-head">
            <Typography.Text strong>{info.data.name}</Typography.Text>
            {info.data.isDemo && (
              <Tag color="blue" bordered={false}>
                {t('common:demo')}
              </Tag>
            )}
            <Typography.Text type="secondary" copyable={{ text: info.data.dir }} className="g-mono">
              {info.data.dir}
            </Typography.Text>
            <Typography.Text type="secondary">
              · {t('workspaceFormat', { version: info.data.formatVersion })} ·{' '}
              {t('workspaceCreated')} <RelativeTime iso={info.data.createdAt} />
            </Typography.Text>
          </div>
          <Table<TableInfo>
            size="small"
            rowKey="name"
            pagination={false}
            dataSource={info.data.tables}
            aria-label={t('tables')}
            columns={[
              {
                title: t('table'),
                dataIndex: 'name',
                render: (name: string) => <span className="g-mono">{name}</span>,
              },
              {
                title: t('schemaVersion'),
                dataIndex: 'schemaVersion',
                align: 'right',
                width: 120,
                className: 'g-num',
              },
              {
                title: t('rows'),
                dataIndex: 'rows',
                align: 'right',
                width: 140,
                className: 'g-num',
                render: (rows: number) => formatNumber(rows, i18n.language),
              },
            ]}
          />
        </>
      )}
      {known.data && known.data.length > 0 && (
        <>
          <Typography.Text type="secondary" className="g-section-label" style={{ marginTop: 24 }}>
            {t('knownWorkspaces')}
          </Typography.Text>
          <Table<WorkspaceSummary>
            size="small"
            rowKey="dir"
            pagination={false}
            dataSource={known.data}
            aria-label={t('knownWorkspaces')}
            columns={[
              {
                title: t('name'),
                dataIndex: 'name',
                render: (name: string, row) => (
                  <Space size="small">
                    {name}
                    {row.isOpen && (
                      <Tag color="green" bordered={false}>
                        {t('current')}
                      </Tag>
                    )}
                  </Space>
                ),
              },
              {
                title: t('location'),
                dataIndex: 'dir',
                render: (dir: string) => <span className="g-mono">{dir}</span>,
              },
              {
                title: t('lastOpened'),
                dataIndex: 'lastOpenedAt',
                width: 160,
                render: (at: string | null) => at && <RelativeTime iso={at} />,
              },
              {
                key: 'open',
                width: 90,
                align: 'right',
                render: (_: unknown, row) =>
                  !row.isOpen && (
                    <Button size="small" onClick={() => open(row.dir)}>
                      {t('common:open')}
                    </Button>
                  ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
