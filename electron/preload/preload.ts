import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, type GleanerBridge } from '../../shared/ipc/bridge';
import type { Channel, EventName } from '../../shared/ipc/contract';
import type { Result } from '../../shared/errors';

const EVENT_CHANNEL = 'gleaner:event';
/**
 * The shape of a contract channel or event name ('feature:verb'). The main process registers only the
 * contract's channels and validates every input; the preload stays tiny and refuses anything else early.
 */
const NAME = /^[a-z]+:[a-zA-Z]+$/;

/** The renderer's only door to the backend: invoke a contract channel, listen to a contract event. */
export function createBridge(ipc: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>, platform: string): GleanerBridge {
  return Object.freeze({
    platform,
    invoke: async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
      if (typeof channel !== 'string' || !NAME.test(channel)) return { ok: false, error: { code: 'E_UNKNOWN_CHANNEL', message: `Unknown IPC channel "${String(channel)}".` } };
      return (await ipc.invoke(channel, input)) as Result<unknown>;
    },
    on: (event: EventName, listener: (payload: unknown) => void) => {
      if (typeof event !== 'string' || !NAME.test(event)) throw new Error(`Unknown event "${String(event)}".`);
      const handler = (_e: unknown, name: string, payload: unknown) => {
        if (name === event) listener(payload);
      };
      ipc.on(EVENT_CHANNEL, handler);
      return () => void ipc.removeListener(EVENT_CHANNEL, handler);
    },
  });
}

contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(ipcRenderer, process.platform));
