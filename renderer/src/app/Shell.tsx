import { Layout, Menu, Spin } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../state/ui';
import { CommandPalette } from './CommandPalette';
import { ErrorBoundary } from './ErrorBoundary';
import { JobsPanel } from './JobsPanel';
import { isScreenId, routeOf, ROUTES } from './routes';
import { modifierLabel, useGlobalShortcuts } from './shortcuts';
import { tokens } from './theme';
import { StartupProblemNotice } from './StartupProblemNotice';
import { TopBar } from './TopBar';

/** The window: navigation rail, top bar, the current screen, and the panels over it. */
export function Shell() {
  const { t } = useTranslation(['common', 'nav']);
  const screen = useUi((s) => s.screen);
  const navigate = useUi((s) => s.navigate);
  useGlobalShortcuts();
  const route = routeOf(screen);
  const Screen = route.component;
  const mod = modifierLabel();

  return (
    <Layout className="g-shell">
      <Layout.Sider width={tokens.layout.railWidth} className="g-rail" theme="light">
        <div className="g-brand">
          <span className="g-logo" aria-hidden>
            G
          </span>
          <span>{t('appName')}</span>
        </div>
        <nav aria-label={t('navigation')} className="g-nav">
          <Menu
            mode="inline"
            selectedKeys={[screen]}
            onClick={({ key }) => isScreenId(key) && navigate(key)}
            items={ROUTES.map((r) => ({
              key: r.id,
              icon: r.icon,
              label: (
                <span className="g-nav-item" data-screen={r.id}>
                  <span>{t(r.titleKey)}</span>
                  <kbd className="g-nav-shortcut">{`${mod}${r.shortcut}`}</kbd>
                </span>
              ),
            }))}
          />
        </nav>
      </Layout.Sider>
      <Layout className="g-main">
        <TopBar />
        <StartupProblemNotice />
        <Layout.Content
          className="g-content"
          role="main"
          aria-label={t(route.titleKey)}
          data-screen={screen}
        >
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
