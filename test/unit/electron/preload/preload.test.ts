import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const ipcRenderer = {
  invoke: vi.fn().mockResolvedValue({ ok: true, value: 1 }),
  on: vi.fn(),
  removeListener: vi.fn(),
  send: vi.fn(),
};
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
  ipcRenderer,
}));

describe('preload bridge', () => {
  it('exposes one frozen window.gleaner that forwards contract channels only', async () => {
    await import('../../../../electron/preload/preload');
    const bridge = exposed.gleaner as {
      invoke: (c: string, i: unknown) => Promise<unknown>;
      on: (e: string, l: (p: unknown) => void) => () => void;
    };
    expect(Object.keys(exposed)).toEqual(['gleaner']);
    expect(Object.isFrozen(bridge)).toBe(true);
    await expect(bridge.invoke('settings:get', {})).resolves.toEqual({ ok: true, value: 1 });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('settings:get', {});
    await expect(bridge.invoke('../../x', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_UNKNOWN_CHANNEL' },
    });
    // Well-formed but not in the contract: refused before it reaches the main process.
    await expect(bridge.invoke('shell:exec', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_UNKNOWN_CHANNEL' },
    });
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(() => {
      (bridge as { invoke: unknown }).invoke = () => 'hijacked';
    }).toThrow();
  });

  it('delivers only the named event and unsubscribes', async () => {
    const bridge = exposed.gleaner as { on: (e: string, l: (p: unknown) => void) => () => void };
    const listener = vi.fn();
    const off = bridge.on('job:progress', listener);
    const handler = ipcRenderer.on.mock.calls[0]![1] as (
      e: unknown,
      name: string,
      payload: unknown,
    ) => void;
    handler({}, 'settings:changed', {});
    handler({}, 'job:progress', { id: 'j' });
    expect(listener.mock.calls).toEqual([[{ id: 'j' }]]);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('gleaner:event', handler);
    expect(() => bridge.on('not an event', listener)).toThrow();
  });

  it('answers a flush request with its id once the page has saved, even when the save failed', async () => {
    const bridge = exposed.gleaner as { onFlushRequest: (f: () => Promise<void>) => () => void };
    ipcRenderer.on.mockClear();
    let finish: () => void = () => undefined;
    const off = bridge.onFlushRequest(() => new Promise<void>((resolve) => (finish = resolve)));
    const [channel, handler] = ipcRenderer.on.mock.calls[0] as [string, (e: unknown, id: unknown) => void];
    expect(channel).toBe('gleaner:flush');
    handler({}, 'request-1');
    await Promise.resolve();
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(ipcRenderer.send).toHaveBeenCalledWith('gleaner:flushed', 'request-1'));
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('gleaner:flush', handler);

    bridge.onFlushRequest(() => Promise.reject(new Error('disk full')));
    const failing = ipcRenderer.on.mock.calls[1]![1] as (e: unknown, id: unknown) => void;
    failing({}, 'request-2');
    await vi.waitFor(() => expect(ipcRenderer.send).toHaveBeenCalledWith('gleaner:flushed', 'request-2'));
  });
});
