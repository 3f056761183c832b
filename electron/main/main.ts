import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
  utilityProcess,
  safeStorage,
} from 'electron';
import { createDispatch } from '../core/api';
import { safeStorageCredentials } from './credentials';
import { AppCore } from '../core/app-core';
import { guardCloseUntilFlushed } from './flush-before-close';
import { EVENT_CHANNEL, registerIpc } from './ipc';
import { menuLanguage, menuTemplate } from './menu';
import { handleAppProtocol, registerAppScheme, rendererIndexUrl, rendererRoot } from './protocol';
import { denyAllPermissions, hardenWebContents, secureWebPreferences } from './security';
import { createUtilityJobRunner } from './utility-runner';
import { DEFAULT_WINDOW, isVisibleOn, loadWindowState, saveWindowState } from './window-state';

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  let window: BrowserWindow | null = null;
  const userData = app.getPath('userData');
  const core = new AppCore({
    appDataDir: userData,
    backupOnOpen: true,
    runner: createUtilityJobRunner(utilityProcess.fork, join(__dirname, 'worker.cjs')),
    host: {
      credentials: safeStorageCredentials(safeStorage, userData),
      openPath: async (path) => {
        const error = await shell.openPath(path);
        if (error) throw new Error(error);
      },
      pickFolder: async () => {
        const options: Electron.OpenDialogOptions = {
          properties: ['openDirectory', 'createDirectory'],
        };
        const result = window
          ? await dialog.showOpenDialog(window, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      pickFiles: async () => {
        const options: Electron.OpenDialogOptions = {
          properties: ['openFile', 'multiSelections'],
          filters: [
            { name: 'Transcripts', extensions: ['csv', 'tsv', 'jsonl', 'ndjson', 'json', 'txt'] },
            { name: 'All files', extensions: ['*'] },
          ],
        };
        const result = window
          ? await dialog.showOpenDialog(window, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? [] : result.filePaths;
      },
    },
  });
  core.subscribe((event, payload) => window?.webContents.send(EVENT_CHANNEL, event, payload));

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
  app.on('window-all-closed', () => app.quit());
  const closeGuard = guardCloseUntilFlushed({ app, ipc: ipcMain, onQuit: () => void core.dispose() });

  await app.whenReady();
  // The renderer follows the OS through prefers-color-scheme; native menus and dialogs follow it too.
  nativeTheme.themeSource = 'system';
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(protocol, rendererRoot(app.getAppPath()));
  registerIpc(ipcMain, createDispatch(core));
  await core
    .openLastOrDefault()
    .catch((error: unknown) =>
      dialog.showErrorBox(
        'Gleaner',
        `The workspace could not be opened: ${(error as Error).message}`,
      ),
    );

  const saved = await loadWindowState(userData);
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const bounds = saved && isVisibleOn(saved, displays) ? saved : { ...DEFAULT_WINDOW };
  window = new BrowserWindow({
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Gleaner',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#0e1116' : '#f6f7f9',
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  if (saved?.maximized) window.maximize();
  closeGuard.watch(window);
  window.once('ready-to-show', () => window?.show());

  const persist = () => {
    if (!window || window.isDestroyed()) return;
    void saveWindowState(userData, {
      ...window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  };
  window.on('resized', persist);
  window.on('moved', persist);
  window.on('close', persist);

  const menu = (
    action: 'navigate' | 'palette' | 'openWorkspace' | 'newWorkspace',
    screenId?: string,
  ) => window?.webContents.send(EVENT_CHANNEL, 'app:menu', { action, screen: screenId });
  const applyMenu = (language: string | undefined) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          {
            navigate: (id) => menu('navigate', id),
            commandPalette: () => menu('palette'),
            openWorkspace: () => menu('openWorkspace'),
            newWorkspace: () => menu('newWorkspace'),
          },
          { isMac: process.platform === 'darwin', isPackaged: app.isPackaged, language: menuLanguage(language, app.getLocale()) },
        ),
      ),
    );
  applyMenu(core.workspace?.settings().language);
  core.subscribe((event, payload) => {
    if (event === 'settings:changed') applyMenu((payload as { language?: string }).language);
  });

  const offerReload = async (reason: string) => {
    if (!window || window.isDestroyed()) return;
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      buttons: ['Reload', 'Wait'],
      defaultId: 0,
      message: 'Gleaner is not responding',
      detail: `${reason} Your work is saved; reloading the window is safe.`,
    });
    if (response === 0) window.webContents.reload();
  };
  window.webContents.on(
    'render-process-gone',
    (_e, details) => void offerReload(`The window stopped (${details.reason}).`),
  );
  window.on('unresponsive', () => void offerReload('The window has not answered for a while.'));

  await window.loadURL(rendererIndexUrl());
}
