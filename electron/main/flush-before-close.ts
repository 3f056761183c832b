import { randomUUID } from 'node:crypto';
import type { IpcMainEvent, WebContents } from 'electron';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../../shared/ipc/bridge';

/** Long enough for a save of a long article on a slow shared drive, short enough not to hold a quit hostage. */
export const FLUSH_TIMEOUT_MS = 2_000;

type Contents = Pick<WebContents, 'send' | 'isDestroyed' | 'isCrashed'>;
type DoneListener = (event: Pick<IpcMainEvent, 'sender'>, requestId: unknown) => void;
/** The part of ipcMain used here. */
interface Ipc {
  on(channel: string, listener: DoneListener): unknown;
  removeListener(channel: string, listener: DoneListener): unknown;
}
interface PreventableEvent {
  preventDefault(): void;
}
export interface ClosableWindow {
  readonly webContents: Contents;
  isDestroyed(): boolean;
  close(): void;
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
}
interface QuittableApp {
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
  quit(): void;
}

/**
 * Asks the page to save what is pending and resolves true when it says it has, or false after
 * `timeoutMs` (or at once when the page is gone): a hung page must not keep the app open.
 */
export function requestFlush(contents: Contents, ipc: Ipc, timeoutMs = FLUSH_TIMEOUT_MS): Promise<boolean> {
  if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve(false);
  const requestId = randomUUID();
  return new Promise((resolve) => {
    const finish = (flushed: boolean) => {
      clearTimeout(timer);
      ipc.removeListener(FLUSH_DONE_CHANNEL, onDone);
      resolve(flushed);
    };
    const onDone: DoneListener = (event, id) => {
      if (event.sender === contents && id === requestId) finish(true);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    ipc.on(FLUSH_DONE_CHANNEL, onDone);
    contents.send(FLUSH_REQUEST_CHANNEL, requestId);
  });
}

export interface CloseGuardOptions {
  app: QuittableApp;
  ipc: Ipc;
  /** Runs once, when the quit goes ahead (after the flush). */
  onQuit: () => void;
  timeoutMs?: number;
}

/**
 * Holds back quitting and closing the window until the page has saved its pending edits: the first
 * close or quit is cancelled, the page is asked to flush, then the close or quit is done again.
 */
export function guardCloseUntilFlushed({ app, ipc, onQuit, timeoutMs = FLUSH_TIMEOUT_MS }: CloseGuardOptions) {
  let window: ClosableWindow | null = null;
  let phase: 'open' | 'flushing' | 'flushed' = 'open';
  let quitAfter = false;
  let quitting = false;
  const open = (): ClosableWindow | null => (window && !window.isDestroyed() ? window : null);

  const flushThen = (target: ClosableWindow, next: 'quit' | 'close') => {
    if (next === 'quit') quitAfter = true;
    if (phase === 'flushing') return;
    phase = 'flushing';
    void requestFlush(target.webContents, ipc, timeoutMs).then(() => {
      phase = 'flushed';
      if (quitAfter) app.quit();
      else if (!target.isDestroyed()) target.close();
    });
  };

  app.on('before-quit', (event) => {
    const target = open();
    if (phase !== 'flushed' && target) {
      event.preventDefault();
      flushThen(target, 'quit');
      return;
    }
    if (quitting) return;
    quitting = true;
    onQuit();
  });

  return {
    /** The window whose page holds the edits. */
    watch(next: ClosableWindow): void {
      window = next;
      next.on('close', (event) => {
        if (phase === 'flushed') return;
        event.preventDefault();
        flushThen(next, 'close');
      });
    },
  };
}
