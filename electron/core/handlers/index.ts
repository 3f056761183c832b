import type { Channel } from '../../../shared/ipc/contract';
import { jobHandlersIpc } from './jobs';
import { peopleHandlers } from './people';
import { settingsHandlers } from './settings';
import type { Handlers } from './types';
import { workspaceHandlers } from './workspace';

/** Every channel's handler; the type fails to compile when a contract call has none. */
export const handlers: Handlers<Channel> = {
  ...workspaceHandlers,
  ...settingsHandlers,
  ...jobHandlersIpc,
  ...peopleHandlers,
};
