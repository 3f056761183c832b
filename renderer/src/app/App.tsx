import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { answerFlushRequests } from '../lib/flush';
import { call, onEvent } from '../lib/ipc';
import { useJobs } from '../state/jobs';
import { themeModeOf, useUi } from '../state/ui';
import i18n, { localeOf } from './i18n';
import { isScreenId } from './routes';
import { Shell } from './Shell';
import { antdThemeFor, cssVariables } from './theme';

/** Keeps the UI in step with the backend: settings, jobs, and the OS colour scheme. */
function useBackendSync() {
  const setSettings = useUi((s) => s.setSettings);
  const setSystemDark = useUi((s) => s.setSystemDark);
  const syncFromHash = useUi((s) => s.syncFromHash);
  const navigate = useUi((s) => s.navigate);
  const setPaletteOpen = useUi((s) => s.setPaletteOpen);
  const replaceJobs = useJobs((s) => s.replace);
  const upsertJob = useJobs((s) => s.upsert);
  useEffect(() => {
    void call('settings:get', {}).then(setSettings, () => undefined);
    void call('jobs:list', {}).then(replaceJobs, () => undefined);
    const offs = [
      answerFlushRequests(),
      onEvent('settings:changed', setSettings),
      onEvent('job:progress', upsertJob),
      onEvent(
        'workspace:changed',
        () => void call('jobs:list', {}).then(replaceJobs, () => undefined),
      ),
      onEvent('app:menu', (menu) => {
        if (menu.action === 'palette') setPaletteOpen(true);
        else if (menu.action === 'navigate') {
          if (menu.screen && isScreenId(menu.screen)) navigate(menu.screen);
        } else navigate('settings');
      }),
    ];
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => setSystemDark(media.matches);
    media.addEventListener('change', onScheme);
    window.addEventListener('hashchange', syncFromHash);
    return () => {
      offs.forEach((off) => off());
      media.removeEventListener('change', onScheme);
      window.removeEventListener('hashchange', syncFromHash);
    };
  }, [setSettings, setSystemDark, syncFromHash, replaceJobs, upsertJob, navigate, setPaletteOpen]);
}

export function App() {
  useBackendSync();
  const settings = useUi((s) => s.settings);
  const systemDark = useUi((s) => s.systemDark);
  const mode = themeModeOf(settings, systemDark);
  const locale = localeOf(settings);

  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = mode;
    for (const [name, value] of Object.entries(cssVariables(mode)))
      root.style.setProperty(name, value);
  }, [mode]);

  // No space pushed between two Chinese characters of a button ("起 草"): it reads as a typo.
  return (
    <ConfigProvider theme={antdThemeFor(mode)} locale={locale === 'zh-CN' ? zhCN : enUS} button={{ autoInsertSpace: false }}>
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}
