import type { CallInput, CallOutput, Channel } from '../../../shared/ipc/contract';
import type { z } from 'zod';
import type { Contract } from '../../../shared/ipc/contract';
import type { AppCore } from '../app-core';

type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;

export type Handler<C extends Channel> = (input: ParsedInput<C>, core: AppCore) => Promise<CallOutput<C>>;

/** The handlers of a subset of channels; each feature file exports one of these. */
export type Handlers<C extends Channel> = { [K in C]: Handler<K> };

export type { CallInput };
