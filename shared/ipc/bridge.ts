import type { Result } from '../errors';
import type { Channel, EventName } from './contract';

/** The shape of `window.gleaner`, exposed by the preload (and by the e2e harness). */
export interface GleanerBridge {
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  readonly platform: string;
  /** The path of a file dropped on the page (Electron's webUtils); absent outside the app. */
  pathForFile?(file: object): string;
  /**
   * Runs `flush` whenever the main process asks before closing the window or quitting, and tells it
   * when that is done; absent outside the app. Returns the unsubscribe.
   */
  onFlushRequest?(flush: () => Promise<void>): () => void;
}

/** The main process asks the page to save what is pending (with a request id) ... */
export const FLUSH_REQUEST_CHANNEL = 'gleaner:flush';
/** ... and the page answers with the same id once it is saved. */
export const FLUSH_DONE_CHANNEL = 'gleaner:flushed';

export const BRIDGE_KEY = 'gleaner';
