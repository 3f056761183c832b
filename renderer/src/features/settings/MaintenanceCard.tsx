import { ToolOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';
import { useUi } from '../../state/ui';
import { SettingRow } from './SettingRow';

/** Background upkeep of the workspace, run as jobs. */
export function MaintenanceCard() {
  const { t } = useTranslation('settings');
  const setJobsOpen = useUi((s) => s.setJobsOpen);
  const notifyError = useNotifyError();
  const compact = () =>
    call('jobs:start', { kind: 'workspace.compact' }).then(() => setJobsOpen(true), notifyError);
  return (
    <Card title={t('maintenance')} size="small">
      <SettingRow
        label={t('compact')}
        help={t('compactHelp')}
        control={() => (
          <Button icon={<ToolOutlined />} onClick={compact} data-testid="compact-workspace">
            {t('compactAction')}
          </Button>
        )}
      />
    </Card>
  );
}
