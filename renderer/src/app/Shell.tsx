import { SearchOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Badge, Button, Layout, Menu, Spin, Tag, Tooltip, Typography } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../lib/use-call';
import { runningCount, useJobs } from '../state/jobs';
import { useUi, type ScreenId } from '../state/ui';
import { CommandPalette } from './CommandPalette';
import { ErrorBoundary } from './ErrorBoundary';
import { JobsPanel } from './JobsPanel';
import { ROUTES } from './routes';

function useGlobalShortcuts() {
  const navigate = useUi((s) => s.navigate);
  const setPaletteOpen = useUi((s) => s.setPaletteOpen);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k') {
        event.preventDefault();
        setPaletteOpen(true);
        return;
      }
      const route = ROUTES.find((r) => r.shortcut === key);
      if (route) {
        event.preventDefault();
        navigate(route.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, setPaletteOpen]);
}

/** The window: navigation rail, top bar, the current screen, and the panels over it. */
export function Shell() {
  const { t } = useTranslation(['common', 'nav']);
  const screen = useUi((s) => s.screen);
  const navigate = useUi((s) => s.navigate);
  const setPaletteOpen = useUi((s) => s.setPaletteOpen);
  const setJobsOpen = useUi((s) => s.setJobsOpen);
  const running = runningCount(useJobs((s) => s.jobs));
  const info = useCall('workspace:info', {});
  const mod = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl+';
  useGlobalShortcuts();
  const route = ROUTES.find((r) => r.id === screen) ?? ROUTES[0]!;
  const Screen = route.component;

  return (
    <Layout className="g-shell">
      <Layout.Sider width={216} className="g-rail" theme="light">
        <div className="g-brand">
          <span className="g-logo" aria-hidden>
            G
          </span>
          <span>{t('appName')}</span>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[screen]}
          onClick={({ key }) => navigate(key as ScreenId)}
          items={ROUTES.map((r) => ({
            key: r.id,
            icon: r.icon,
            label: (
              <span className="g-nav-item">
                <span>{t(`nav:${r.id}`)}</span>
                <span className="g-nav-shortcut">{`${mod}${r.shortcut}`}</span>
              </span>
            ),
          }))}
        />
        {info.data && (
          <div className="g-rail-footer">
            <Typography.Text type="secondary" ellipsis title={info.data.dir}>
              {t('workspace')}: {info.data.name}
            </Typography.Text>
            {info.data.isDemo && <Tag color="blue">{t('demo')}</Tag>}
          </div>
        )}
      </Layout.Sider>
      <Layout>
        <Layout.Header className="g-topbar">
          <Button className="g-search-trigger" icon={<SearchOutlined />} onClick={() => setPaletteOpen(true)} aria-label={t('search')}>
            <span className="g-search-placeholder">{t('searchPlaceholder')}</span>
            <Typography.Text keyboard>{`${mod}K`}</Typography.Text>
          </Button>
          <Tooltip title={t('jobs')}>
            <Badge count={running} size="small">
              <Button icon={<ThunderboltOutlined />} onClick={() => setJobsOpen(true)} aria-label={t('jobs')}>
                {t('jobs')}
              </Button>
            </Badge>
          </Tooltip>
        </Layout.Header>
        <Layout.Content className="g-content" role="main" aria-label={t(`nav:${screen}`)}>
          <ErrorBoundary resetKey={screen}>
            <Suspense fallback={<Spin className="g-screen-spin" />}>
              <Screen />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
      <CommandPalette />
      <JobsPanel />
    </Layout>
  );
}
