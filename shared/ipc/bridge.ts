import type { Result } from '../errors';
import type { Channel, EventName } from './contract';

/** The shape of `window.gleaner`, exposed by the preload (and by the e2e harness). */
export interface GleanerBridge {
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  readonly platform: string;
  /** The path of a file dropped on the page (Electron's webUtils); absent outside the app. */
  pathForFile?(file: object): string;
}

export const BRIDGE_KEY = 'gleaner';
