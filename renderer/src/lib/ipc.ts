import type { ErrorCode } from '../../../shared/errors';
import type { GleanerBridge } from '../../../shared/ipc/bridge';
import type {
  CallInput,
  CallOutput,
  Channel,
  EventName,
  EventPayload,
} from '../../../shared/ipc/contract';

declare global {
  interface Window {
    gleaner?: GleanerBridge;
  }
}

/** An error the backend answered with; `code` is stable and translated by the UI (`errors:<code>`). */
export class IpcError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'IpcError';
  }
}

function bridge(): GleanerBridge {
  if (!window.gleaner)
    throw new IpcError('E_INTERNAL', 'The Gleaner bridge is missing (window.gleaner).');
  return window.gleaner;
}

/** The renderer's only way to the backend: one typed call per contract channel. */
export async function call<C extends Channel>(
  channel: C,
  input: CallInput<C>,
): Promise<CallOutput<C>> {
  const result = await bridge().invoke(channel, input);
  if (!result.ok) throw new IpcError(result.error.code, result.error.message, result.error.details);
  return result.value as CallOutput<C>;
}

export function onEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return bridge().on(event, (payload) => listener(payload as EventPayload<E>));
}
