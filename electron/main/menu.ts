import type { MenuItemConstructorOptions } from 'electron';

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
const LABELS: Record<(typeof SCREENS)[number], string> = {
  insights: 'Insights',
  transcripts: 'Transcripts',
  drafts: 'Drafts',
  articles: 'Articles',
  review: 'Review',
  export: 'Export',
  settings: 'Settings',
};

/** The native menu: every screen and the main actions with accelerators. */
export function menuTemplate(
  actions: MenuActions,
  options: { isMac: boolean; isPackaged: boolean },
): MenuItemConstructorOptions[] {
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
      label: 'File',
      submenu: [
        {
          label: 'New Workspace…',
          accelerator: 'CmdOrCtrl+Shift+N',
          click: () => actions.newWorkspace(),
        },
        {
          label: 'Open Workspace…',
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.openWorkspace(),
        },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    {
      label: 'Go',
      submenu: [
        ...SCREENS.map((screen, index) => ({
          label: LABELS[screen],
          accelerator: `CmdOrCtrl+${index + 1}`,
          click: () => actions.navigate(screen),
        })),
        { type: 'separator' },
        {
          label: 'Command Palette…',
          accelerator: 'CmdOrCtrl+K',
          click: () => actions.commandPalette(),
        },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Gleaner', role: 'about' }] },
  ];
}
