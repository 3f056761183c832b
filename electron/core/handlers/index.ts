import type { Channel } from '../../../shared/ipc/contract';
import { articleHandlers } from './articles';
import { embedHandlers } from './embed';
import { insightsHandlers } from './insights';
import { exportHandlers } from './export';
import { jobHandlersIpc } from './jobs';
import { peopleHandlers } from './people';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { transcriptHandlers } from './transcripts';
import type { Handlers } from './types';
import { workspaceHandlers } from './workspace';
import { draftsHandlers } from './drafts';
import { reviewHandlers } from './review';
import { backupHandlers } from './backup';

/** Every channel's handler; the type fails to compile when a contract call has none. */
export const handlers: Handlers<Channel> = {
  ...workspaceHandlers,
  ...settingsHandlers,
  ...jobHandlersIpc,
  ...exportHandlers,
  ...peopleHandlers,
  ...transcriptHandlers,
  ...embedHandlers,
  ...searchHandlers,
  ...articleHandlers,
  ...insightsHandlers,
  ...draftsHandlers,
  ...reviewHandlers,
  ...backupHandlers,
};
