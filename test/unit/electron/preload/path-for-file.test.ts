import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: () => undefined },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
  webUtils: { getPathForFile: () => '/from/webutils.csv' },
}));

describe('the path of a dropped file', () => {
  it('comes from webUtils, and is empty when there is none', async () => {
    const { createBridge } = await import('../../../../electron/preload/preload');
    const ipc = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
    const file = new File(['x'], 'export.csv');
    const bridge = createBridge(ipc as never, 'linux', (f) => `/dropped/${f.name}`);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(bridge.pathForFile?.(file)).toBe('/dropped/export.csv');
    const failing = createBridge(ipc as never, 'linux', () => {
      throw new TypeError('not a File');
    });
    expect(failing.pathForFile?.({})).toBe('');
    expect(createBridge(ipc as never, 'linux').pathForFile?.(file)).toBe('');
    expect(ipc.invoke).not.toHaveBeenCalled();
  });
});
