import { DatabaseOutlined, SearchOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Badge, Button, Layout, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCall } from '../lib/use-call';
import { runningCount, useJobs } from '../state/jobs';
import { useUi } from '../state/ui';
import { ProfileSwitcher } from '../features/review/ProfileSwitcher';
import { modifierLabel } from './shortcuts';

/** The workspace in use, the way into search and commands, and the jobs running in the background. */
export function TopBar() {
  const { t } = useTranslation('common');
  const navigate = useUi((s) => s.navigate);
  const setPaletteOpen = useUi((s) => s.setPaletteOpen);
  const setJobsOpen = useUi((s) => s.setJobsOpen);
  const running = runningCount(useJobs((s) => s.jobs));
  const info = useCall('workspace:info', {});
  const workspace = info.data;

  return (
    <Layout.Header className="g-topbar">
      <Tooltip title={workspace?.dir} placement="bottomLeft">
        <Button
          type="text"
          className="g-workspace"
          icon={<DatabaseOutlined />}
          onClick={() => navigate('settings')}
          aria-label={`${t('workspace')}: ${workspace?.name ?? t('noWorkspace')}`}
        >
          <span className="g-workspace-name">{workspace?.name ?? t('noWorkspace')}</span>
          {workspace?.isDemo && (
            <Tag color="blue" bordered={false}>
              {t('demo')}
            </Tag>
          )}
        </Button>
      </Tooltip>
      <button
        type="button"
        className="g-search-trigger"
        onClick={() => setPaletteOpen(true)}
        aria-label={t('search')}
      >
        <SearchOutlined aria-hidden />
        <span className="g-search-placeholder">{t('searchPlaceholder')}</span>
        <kbd className="g-kbd">{`${modifierLabel()}K`}</kbd>
      </button>
      <div className="g-topbar-end">
        <ProfileSwitcher />
        <Button
          type="text"
          icon={<ThunderboltOutlined />}
          onClick={() => setJobsOpen(true)}
          aria-label={
            running > 0 ? `${t('jobs')} (${t('jobsRunning', { count: running })})` : t('jobs')
          }
        >
          {t('jobs')}
          {running > 0 && <Badge count={running} size="small" className="g-jobs-badge" />}
        </Button>
      </div>
    </Layout.Header>
  );
}
