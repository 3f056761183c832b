import type { Result } from '../errors';
import type { Channel, EventName } from './contract';

/** The shape of `window.gleaner`, exposed by the preload (and by the e2e harness). */
export interface GleanerBridge {
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  readonly platform: string;
}

export const BRIDGE_KEY = 'gleaner';
