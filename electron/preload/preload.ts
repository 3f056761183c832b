import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { BRIDGE_KEY, FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL, type GleanerBridge } from '../../shared/ipc/bridge';
import { CHANNELS, EVENT_NAMES, type Channel, type EventName } from '../../shared/ipc/contract';
import type { Result } from '../../shared/errors';

/** The one ipcRenderer channel every backend event arrives on (see electron/main/ipc.ts). */
const EVENT_CHANNEL = 'gleaner:event';

type IpcRendererPart = Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener' | 'send'>;

/**
 * The renderer's only door to the backend: invoke a contract channel, listen to a contract event.
 * Names outside the contract are refused here, before anything crosses the process boundary.
 */
export function createBridge(
  ipc: IpcRendererPart,
  platform: string,
  pathForFile?: (file: File) => string,
): GleanerBridge {
  const channels = new Set<string>(CHANNELS);
  const events = new Set<string>(EVENT_NAMES);
  return Object.freeze({
    platform,
    invoke: async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
      if (typeof channel !== 'string' || !channels.has(channel)) {
        return {
          ok: false,
          error: {
            code: 'E_UNKNOWN_CHANNEL',
            message: `Unknown IPC channel "${String(channel)}".`,
          },
        };
      }
      return (await ipc.invoke(channel, input)) as Result<unknown>;
    },
    on: (event: EventName, listener: (payload: unknown) => void): (() => void) => {
      if (typeof event !== 'string' || !events.has(event)) {
        throw new Error(`Unknown event "${String(event)}".`);
      }
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
      const handler = (_event: unknown, name: unknown, payload: unknown): void => {
        if (name === event) listener(payload);
      };
      ipc.on(EVENT_CHANNEL, handler);
      return () => void ipc.removeListener(EVENT_CHANNEL, handler);
    },
    onFlushRequest: (flush: () => Promise<void>): (() => void) => {
      if (typeof flush !== 'function') throw new TypeError('The flush must be a function.');
      const handler = (_event: unknown, requestId: unknown): void => {
        // Answered even when the save failed: the main process must not wait for a page that gave up.
        void flush()
          .catch(() => undefined)
          .then(() => ipc.send(FLUSH_DONE_CHANNEL, requestId));
      };
      ipc.on(FLUSH_REQUEST_CHANNEL, handler);
      return () => void ipc.removeListener(FLUSH_REQUEST_CHANNEL, handler);
    },
    // Electron 32+ has no File.path: a dropped file's path comes from webUtils, for File objects only.
    pathForFile: (file: object): string => {
      try {
        return pathForFile ? pathForFile(file as File) : '';
      } catch {
        return '';
      }
    },
  });
}

contextBridge.exposeInMainWorld(
  BRIDGE_KEY,
  createBridge(ipcRenderer, process.platform, (file) => webUtils.getPathForFile(file)),
);
