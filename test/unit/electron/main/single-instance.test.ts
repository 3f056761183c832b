import { describe, expect, it, vi } from 'vitest';

const app = {
  requestSingleInstanceLock: vi.fn(() => false),
  quit: vi.fn(),
  whenReady: vi.fn(() => new Promise(() => undefined)),
  getPath: vi.fn(() => '/tmp'),
  on: vi.fn(),
};
const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
vi.mock('electron', () => ({
  app,
  protocol,
  BrowserWindow: vi.fn(),
  dialog: {},
  ipcMain: { handle: vi.fn() },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
  nativeTheme: { shouldUseDarkColors: false },
  screen: { getAllDisplays: () => [] },
  session: { defaultSession: {} },
  shell: { openExternal: vi.fn() },
  utilityProcess: { fork: vi.fn() },
}));

describe('main process start', () => {
  it('registers the app scheme and quits when another instance holds the lock', async () => {
    await import('../../../../electron/main/main');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
  });
});
