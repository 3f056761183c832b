import { BgColorsOutlined, GlobalOutlined, ToolOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsPatch } from '../../../shared/domain/settings';
import { LANGUAGE_NAMES, type Locale } from '../../../shared/i18n';
import { call } from '../lib/ipc';
import { useUi } from '../state/ui';
import { useNotifyError } from './errors';
import { ROUTES } from './routes';
import { modifierLabel } from './shortcuts';

export type CommandSection = 'paletteNavigation' | 'paletteAppearance' | 'paletteWorkspace';

export interface Command {
  id: string;
  section: CommandSection;
  label: string;
  icon: ReactNode;
  hint?: string;
  run: () => void;
}

/** Everything the command palette can do: open any screen, switch the look, start maintenance. */
export function useCommands(): Command[] {
  const { t } = useTranslation(['common', 'nav', 'settings']);
  const navigate = useUi((s) => s.navigate);
  const setSettings = useUi((s) => s.setSettings);
  const setJobsOpen = useUi((s) => s.setJobsOpen);
  const notifyError = useNotifyError();
  const mod = modifierLabel();
  const set = (patch: SettingsPatch) =>
    void call('settings:set', patch).then(setSettings, notifyError);
  const theme = (value: 'light' | 'dark' | 'system', label: string): Command => ({
    id: `theme-${value}`,
    section: 'paletteAppearance',
    label: t('common:switchTheme', { theme: label }),
    icon: <BgColorsOutlined />,
    run: () => set({ theme: value }),
  });
  const language = (value: Locale | 'system', label: string): Command => ({
    id: `language-${value}`,
    section: 'paletteAppearance',
    label: t('common:switchLanguage', { language: label }),
    icon: <GlobalOutlined />,
    run: () => set({ language: value }),
  });

  return [
    ...ROUTES.map((route) => ({
      id: `go-${route.id}`,
      section: 'paletteNavigation' as const,
      label: t('common:goTo', { screen: t(route.titleKey) }),
      icon: route.icon,
      hint: `${mod}${route.shortcut}`,
      run: () => navigate(route.id),
    })),
    theme('light', t('settings:themeLight')),
    theme('dark', t('settings:themeDark')),
    theme('system', t('settings:themeSystem')),
    language('en', LANGUAGE_NAMES.en),
    language('zh-CN', LANGUAGE_NAMES['zh-CN']),
    language('system', t('settings:languageSystem')),
    {
      id: 'compact',
      section: 'paletteWorkspace',
      label: t('common:compactWorkspace'),
      icon: <ToolOutlined />,
      run: () =>
        void call('jobs:start', { kind: 'workspace.compact' }).then(
          () => setJobsOpen(true),
          notifyError,
        ),
    },
  ];
}
