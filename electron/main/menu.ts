import type { MenuItemConstructorOptions } from 'electron';
import { resources, type Locale } from '../../shared/i18n';

export interface MenuActions {
  navigate(screen: string): void;
  openWorkspace(): void;
  newWorkspace(): void;
  commandPalette(): void;
}

const SCREENS = [
  'insights',
  'transcripts',
  'drafts',
  'articles',
  'review',
  'export',
  'settings',
] as const;
/** The menu's language: the UI's setting, or the OS's for 'system'. */
export const menuLanguage = (setting: string | undefined, osLocale: string): Locale =>
  setting === 'en' || setting === 'zh-CN' ? setting : osLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

/** The native menu: every screen and the main actions with accelerators. */
export function menuTemplate(
  actions: MenuActions,
  options: { isMac: boolean; isPackaged: boolean; language?: Locale },
): MenuItemConstructorOptions[] {
  const nav = resources[options.language ?? 'en'].nav;
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: nav.menu.file,
      submenu: [
        {
          label: nav.menu.newWorkspace,
          accelerator: 'CmdOrCtrl+Shift+N',
          click: () => actions.newWorkspace(),
        },
        {
          label: nav.menu.openWorkspace,
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.openWorkspace(),
        },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: nav.menu.view, submenu: view },
    {
      label: nav.menu.go,
      submenu: [
        ...SCREENS.map((screen, index) => ({
          label: nav[screen],
          accelerator: `CmdOrCtrl+${index + 1}`,
          click: () => actions.navigate(screen),
        })),
        { type: 'separator' },
        {
          label: nav.menu.palette,
          accelerator: 'CmdOrCtrl+K',
          click: () => actions.commandPalette(),
        },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: nav.menu.about, role: 'about' }] },
  ];
}
