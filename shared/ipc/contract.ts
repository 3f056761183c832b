import { z } from 'zod';
import { jobSchema } from '../domain/jobs';
import { settingsSchema } from '../domain/settings';
import { workspaceInfoSchema } from '../domain/workspace';
import { articleCalls } from './calls/articles';
import { embedCalls } from './calls/embed';
import { insightsCalls } from './calls/insights';
import { exportCalls } from './calls/export';
import { jobCalls } from './calls/jobs';
import { peopleCalls } from './calls/people';
import { searchCalls } from './calls/search';
import { settingsCalls } from './calls/settings';
import { transcriptCalls } from './calls/transcripts';
import { workspaceCalls } from './calls/workspace';
import { draftsCalls } from './calls/drafts';
import { reviewCalls } from './calls/review';
import { backupCalls } from './calls/backup';
import { autoBackupStatusSchema } from '../domain/backup';

/** Every IPC call, once. Feature files add their calls under shared/ipc/calls/. */
export const contract = {
  ...workspaceCalls,
  ...settingsCalls,
  ...jobCalls,
  ...exportCalls,
  ...peopleCalls,
  ...transcriptCalls,
  ...embedCalls,
  ...searchCalls,
  ...articleCalls,
  ...insightsCalls,
  ...draftsCalls,
  ...reviewCalls,
  ...backupCalls,
};

/** Every event the backend pushes to the UI. */
export const eventContract = {
  'job:progress': jobSchema,
  'workspace:changed': workspaceInfoSchema.nullable(),
  'settings:changed': settingsSchema,
  /** The automatic backup made when the workspace was opened has finished (or failed). */
  'backup:auto': autoBackupStatusSchema,
  /** A native menu item the renderer acts on. */
  'app:menu': z.object({ action: z.enum(['navigate', 'palette', 'openWorkspace', 'newWorkspace']), screen: z.string().optional() }),
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type CallInput<C extends Channel> = z.input<Contract[C]['input']>;
export type CallOutput<C extends Channel> = z.output<Contract[C]['output']>;

export type EventContract = typeof eventContract;
export type EventName = keyof EventContract;
export type EventPayload<E extends EventName> = z.output<EventContract[E]>;

export const CHANNELS = Object.keys(contract) as Channel[];
export const EVENT_NAMES = Object.keys(eventContract) as EventName[];

export const isChannel = (value: string): value is Channel => Object.hasOwn(contract, value);
