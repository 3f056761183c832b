import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardCloseUntilFlushed, requestFlush } from '../../../../electron/main/flush-before-close';

/** A page that answers flush requests after `delayMs` (never, when null), as the preload does. */
function fakePage(ipc: EventEmitter, delayMs: number | null) {
  const contents = {
    requests: [] as unknown[],
    isDestroyed: () => false,
    isCrashed: () => false,
    send: (channel: string, id: unknown) => {
      expect(channel).toBe('gleaner:flush');
      contents.requests.push(id);
      if (delayMs !== null) setTimeout(() => ipc.emit('gleaner:flushed', { sender: contents }, id), delayMs);
    },
  };
  return contents;
}

class FakeWindow extends EventEmitter {
  destroyed = false;
  constructor(readonly webContents: ReturnType<typeof fakePage>) {
    super();
  }
  isDestroyed = () => this.destroyed;
  /** Like Electron: 'close' first; the window goes only if no listener prevented it. */
  close = vi.fn(() => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroyed = true;
  });
}

class FakeApp extends EventEmitter {
  quitting = false;
  quit = vi.fn(() => {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.quitting = true;
  });
}

describe('closing waits for the page to save', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('closes the window only after the page has flushed', async () => {
    const ipc = new EventEmitter();
    const app = new FakeApp();
    const window = new FakeWindow(fakePage(ipc, 800));
    const onQuit = vi.fn();
    guardCloseUntilFlushed({ app, ipc, onQuit }).watch(window);

    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(799);
    expect(window.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(window.destroyed).toBe(true);
    expect(window.close).toHaveBeenCalledTimes(2);
    expect(ipc.listenerCount('gleaner:flushed')).toBe(0);

    app.quit();
    expect(app.quitting).toBe(true);
    expect(onQuit).toHaveBeenCalledTimes(1);
  });

  it('quits (and closes the workspace) only after the page has flushed', async () => {
    const ipc = new EventEmitter();
    const app = new FakeApp();
    const window = new FakeWindow(fakePage(ipc, 300));
    const onQuit = vi.fn();
    guardCloseUntilFlushed({ app, ipc, onQuit }).watch(window);

    app.quit();
    window.close(); // Electron closes the windows while quitting: still one request, one quit.
    expect(app.quitting).toBe(false);
    expect(onQuit).not.toHaveBeenCalled();
    expect(window.webContents.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(app.quitting).toBe(true);
    expect(onQuit).toHaveBeenCalledTimes(1);
    app.quit();
    expect(onQuit).toHaveBeenCalledTimes(1);
  });

  it('gives up on a page that does not answer after the timeout', async () => {
    const ipc = new EventEmitter();
    const app = new FakeApp();
    const window = new FakeWindow(fakePage(ipc, null));
    guardCloseUntilFlushed({ app, ipc, onQuit: () => undefined, timeoutMs: 2_000 }).watch(window);

    window.close();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(window.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(window.destroyed).toBe(true);
    expect(ipc.listenerCount('gleaner:flushed')).toBe(0);
  });

  it('ignores an answer to another request or from another page', async () => {
    const ipc = new EventEmitter();
    const contents = fakePage(ipc, null);
    const flushed = requestFlush(contents, ipc, 1_000);
    ipc.emit('gleaner:flushed', { sender: contents }, 'some other request');
    ipc.emit('gleaner:flushed', { sender: {} }, contents.requests[0]);
    await vi.advanceTimersByTimeAsync(10);
    ipc.emit('gleaner:flushed', { sender: contents }, contents.requests[0]);
    await expect(flushed).resolves.toBe(true);
  });

  it('does not wait for a page that is gone', async () => {
    const ipc = new EventEmitter();
    const crashed = { ...fakePage(ipc, null), isCrashed: () => true };
    await expect(requestFlush(crashed, ipc)).resolves.toBe(false);
    expect(crashed.requests).toEqual([]);
  });
});
