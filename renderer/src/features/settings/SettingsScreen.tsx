import { Button, Card, Form, InputNumber, Segmented, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { FolderOpenOutlined, ToolOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SettingsPatch } from '../../../../shared/domain/settings';
import { ScreenHeader } from '../../app/ScreenHeader';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';
import { formatDateTime, formatNumber, formatRelative } from '../../lib/format';
import { useCall } from '../../lib/use-call';
import { useUi } from '../../state/ui';
import { NewWorkspaceButton } from './NewWorkspaceButton';

export default function SettingsScreen() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const settings = useUi((s) => s.settings);
  const setSettings = useUi((s) => s.setSettings);
  const setJobsOpen = useUi((s) => s.setJobsOpen);
  const notifyError = useNotifyError();
  const info = useCall('workspace:info', {});
  const known = useCall('workspace:list', {});
  const locale = i18n.language;

  const update = (patch: SettingsPatch) => call('settings:set', patch).then(setSettings, notifyError);
  const openWorkspace = async () => {
    try {
      const dir = await call('workspace:pickFolder', {});
      if (dir) await call('workspace:open', { dir });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <div className="g-screen">
      <ScreenHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="g-settings-grid">
        <Card title={t('appearance')} size="small">
          <Form layout="vertical" disabled={!settings}>
            <Form.Item label={t('language')}>
              <Segmented
                aria-label={t('language')}
                value={settings?.language ?? 'system'}
                onChange={(language) => update({ language: language as 'system' | 'en' | 'zh-CN' })}
                options={[
                  { value: 'system', label: t('languageSystem') },
                  { value: 'en', label: 'English' },
                  { value: 'zh-CN', label: '简体中文' },
                ]}
              />
            </Form.Item>
            <Form.Item label={t('theme')}>
              <Segmented
                aria-label={t('theme')}
                value={settings?.theme ?? 'system'}
                onChange={(theme) => update({ theme: theme as 'system' | 'light' | 'dark' })}
                options={[
                  { value: 'system', label: t('themeSystem') },
                  { value: 'light', label: t('themeLight') },
                  { value: 'dark', label: t('themeDark') },
                ]}
              />
            </Form.Item>
          </Form>
        </Card>
        <Card title={t('analysis')} size="small">
          <Form layout="vertical" disabled={!settings}>
            <Form.Item label={t('repeatWindow')} extra={t('repeatWindowHelp')}>
              <InputNumber
                aria-label={t('repeatWindow')}
                min={1}
                max={90}
                value={settings?.repeatWindowDays}
                suffix={t('days')}
                onChange={(value) => typeof value === 'number' && update({ repeatWindowDays: value })}
              />
            </Form.Item>
            <Form.Item label={t('redactOnImport')} extra={t('redactOnImportHelp')}>
              <Switch aria-label={t('redactOnImport')} checked={settings?.redactOnImport} onChange={(redactOnImport) => update({ redactOnImport })} />
            </Form.Item>
            <Form.Item label={t('reviewInterval')}>
              <InputNumber
                aria-label={t('reviewInterval')}
                min={1}
                max={730}
                value={settings?.reviewIntervalDays}
                suffix={t('days')}
                onChange={(value) => typeof value === 'number' && update({ reviewIntervalDays: value })}
              />
            </Form.Item>
            <Form.Item label={t('requireSeparateReviewer')}>
              <Switch
                aria-label={t('requireSeparateReviewer')}
                checked={settings?.requireSeparateReviewer}
                onChange={(requireSeparateReviewer) => update({ requireSeparateReviewer })}
              />
            </Form.Item>
          </Form>
        </Card>
        <Card
          title={t('workspace')}
          size="small"
          className="g-span-2"
          extra={
            <Space>
              <Button icon={<FolderOpenOutlined />} onClick={openWorkspace}>
                {t('openWorkspace')}
              </Button>
              <NewWorkspaceButton />
            </Space>
          }
        >
          {info.data && (
            <Space orientation="vertical" style={{ width: '100%' }} size="middle">
              <Typography.Text>
                <strong>{info.data.name}</strong> <Typography.Text type="secondary" copyable>{info.data.dir}</Typography.Text>{' '}
                {info.data.isDemo && <Tag color="blue">{t('common:demo')}</Tag>}
              </Typography.Text>
              <Table
                size="small"
                rowKey="name"
                pagination={false}
                dataSource={info.data.tables}
                columns={[
                  { title: t('table'), dataIndex: 'name', render: (name: string) => <code>{name}</code> },
                  { title: t('schemaVersion'), dataIndex: 'schemaVersion', align: 'right', width: 100 },
                  { title: t('rows'), dataIndex: 'rows', align: 'right', width: 140, render: (rows: number) => formatNumber(rows, locale) },
                ]}
              />
            </Space>
          )}
          {known.data && known.data.length > 1 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('knownWorkspaces')}
              </Typography.Title>
              <Table
                size="small"
                rowKey="dir"
                pagination={false}
                dataSource={known.data}
                columns={[
                  { title: t('name'), dataIndex: 'name', render: (name: string, row) => <Space>{name}{row.isOpen && <Tag color="green">{t('current')}</Tag>}</Space> },
                  { title: t('location'), dataIndex: 'dir', render: (dir: string) => <Typography.Text type="secondary">{dir}</Typography.Text> },
                  {
                    title: t('lastOpened'),
                    dataIndex: 'lastOpenedAt',
                    width: 160,
                    render: (at: string | null) => at && <Tooltip title={formatDateTime(at, locale)}>{formatRelative(at, locale)}</Tooltip>,
                  },
                  {
                    key: 'open',
                    width: 90,
                    render: (_: unknown, row) =>
                      !row.isOpen && (
                        <Button size="small" onClick={() => call('workspace:open', { dir: row.dir }).catch(notifyError)}>
                          {t('common:open')}
                        </Button>
                      ),
                  },
                ]}
              />
            </>
          )}
        </Card>
        <Card title={t('maintenance')} size="small" className="g-span-2">
          <Space align="start">
            <Button
              icon={<ToolOutlined />}
              onClick={() =>
                call('jobs:start', { kind: 'workspace.compact' }).then(() => setJobsOpen(true), notifyError)
              }
            >
              {t('compact')}
            </Button>
            <Typography.Text type="secondary">{t('compactHelp')}</Typography.Text>
          </Space>
        </Card>
      </div>
    </div>
  );
}

