import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import type { Result } from '../../shared/errors';
import { APP_SCHEME } from './protocol';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean;

/** The ipcRenderer channel every backend event travels on, as (name, payload). */
export const EVENT_CHANNEL = 'gleaner:event';

/** Only the app's own page, served over app://, may call the backend. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  try {
    return new URL(url).protocol === `${APP_SCHEME}:`;
  } catch {
    return false;
  }
}

/** One ipcMain.handle per contract channel, each checking the sender before dispatching. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrusted: SenderCheck = isTrustedSender,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrusted(event)) {
        return {
          ok: false,
          error: { code: 'E_FORBIDDEN', message: 'IPC from an untrusted frame was refused.' },
        };
      }
      return dispatch(channel, input);
    });
  }
}
