import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { CHANNELS } from '../../../../shared/ipc/contract';
import { loadWindowState } from '../../../../electron/main/window-state';

/** Hand-made fakes of the Electron objects main.ts touches, recording what it does with them. */
const fakes = vi.hoisted(() => {
  const userData = { dir: '' };
  const windows: FakeWindow[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  class FakeContents {
    readonly listeners = new Map<string, (...args: unknown[]) => void>();
    readonly send = vi.fn();
    readonly reload = vi.fn();
    readonly isDestroyed = () => false;
    readonly isCrashed = () => false;
    on(event: string, listener: (...args: unknown[]) => void): this {
      this.listeners.set(event, listener);
      return this;
    }
  }
  class FakeWindow {
    readonly webContents = new FakeContents();
    readonly listeners = new Map<string, (...args: unknown[]) => void>();
    readonly loadURL = vi.fn(async () => undefined);
    readonly restore = vi.fn();
    readonly focus = vi.fn();
    readonly maximize = vi.fn();
    readonly isMinimized = vi.fn(() => true);
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on(event: string, listener: (...args: unknown[]) => void): this {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: (...args: unknown[]) => void): this {
      return this.on(event, listener);
    }
    isDestroyed = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1300, height: 850 });
    show = vi.fn();
  }
  return {
    userData,
    windows,
    appListeners,
    FakeWindow,
    app: {
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      whenReady: vi.fn(async () => undefined),
      getPath: vi.fn(() => userData.dir),
      getLocale: vi.fn(() => 'en-US'),
      getAppPath: vi.fn(() => '/opt/gleaner'),
      isPackaged: true,
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
        appListeners.set(event, listener);
      }),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })), showErrorBox: vi.fn() },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'light' },
    menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
  };
});

vi.mock('electron', () => ({
  app: fakes.app,
  protocol: fakes.protocol,
  BrowserWindow: fakes.FakeWindow,
  dialog: fakes.dialog,
  ipcMain: fakes.ipcMain,
  Menu: fakes.menu,
  nativeTheme: fakes.nativeTheme,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  session: fakes.session,
  shell: { openExternal: vi.fn() },
  utilityProcess: { fork: vi.fn(() => new EventEmitter()) },
  safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
}));

describe('main process start (single instance held)', () => {
  afterAll(async () => {
    if (fakes.userData.dir) await rm(fakes.userData.dir, { recursive: true, force: true });
  });

  it('opens one secure window on app://, wired to IPC, permissions and protocol', async () => {
    fakes.userData.dir = await mkdtemp(join(tmpdir(), 'gleaner-main-'));
    await import('../../../../electron/main/main');
    await vi.waitFor(() => expect(fakes.windows[0]?.loadURL).toHaveBeenCalled(), {
      timeout: 10_000,
    });
    const window = fakes.windows[0]!;
    expect(fakes.windows).toHaveLength(1);
    expect(window.loadURL).toHaveBeenCalledWith('app://gleaner/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(fakes.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fakes.ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual([...CHANNELS].sort());
    expect(fakes.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fakes.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(fakes.nativeTheme.themeSource).toBe('system');
    expect(fakes.appListeners.has('web-contents-created')).toBe(true);
    expect(fakes.app.quit).not.toHaveBeenCalled();
    // The core opened (created) the default workspace under userData before the window loaded.
    expect(existsSync(join(fakes.userData.dir, 'workspaces', 'default'))).toBe(true);
  });

  it('remembers the window bounds in userData when it closes', async () => {
    fakes.windows[0]!.listeners.get('close')!();
    await vi.waitFor(async () =>
      expect(await loadWindowState(fakes.userData.dir)).toEqual({
        x: 10,
        y: 20,
        width: 1300,
        height: 850,
        maximized: false,
      }),
    );
  });

  it('focuses the existing window when a second instance starts', () => {
    const window = fakes.windows[0]!;
    fakes.appListeners.get('second-instance')!();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('offers to reload after the renderer crashes or hangs', async () => {
    const window = fakes.windows[0]!;
    window.webContents.listeners.get('render-process-gone')!({}, { reason: 'crashed' });
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledTimes(1));
    window.listeners.get('unresponsive')!();
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledTimes(2));
    expect(fakes.dialog.showMessageBox).toHaveBeenCalledTimes(2);
  });

  it('asks the page to save before it quits', () => {
    const preventDefault = vi.fn();
    fakes.appListeners.get('before-quit')!({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(fakes.windows[0]!.webContents.send).toHaveBeenCalledWith('gleaner:flush', expect.any(String));
    expect(fakes.ipcMain.on).toHaveBeenCalledWith('gleaner:flushed', expect.any(Function));
  });
});
