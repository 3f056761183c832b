import { GleanerError, toErrorInfo, type Result } from '../../shared/errors';
import { contract, isChannel, type CallOutput, type Channel } from '../../shared/ipc/contract';
import type { AppCore } from './app-core';
import { handlers } from './handlers';
import type { Handler } from './handlers/types';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The single entry of every IPC call: validates the input against the contract, runs the handler,
 * validates the output, and wraps the outcome in a result envelope. Never throws.
 */
export function createDispatch(core: AppCore): Dispatch {
  return async (channel, input) => {
    try {
      if (!isChannel(channel)) throw new GleanerError('E_UNKNOWN_CHANNEL', `Unknown IPC channel "${channel}".`);
      const spec = contract[channel];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new GleanerError('E_VALIDATION', `Invalid input for ${channel}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`, {
          issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
        });
      }
      const handler = handlers[channel] as Handler<Channel>;
      const value = await handler(parsed.data as never, core);
      return { ok: true, value: spec.output.parse(value) as CallOutput<typeof channel> };
    } catch (error) {
      return { ok: false, error: toErrorInfo(error) };
    }
  };
}
