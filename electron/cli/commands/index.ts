import type { Command } from '../command';
import { backupCommand, restoreCommand } from './backup';
import { ingestCommand } from './ingest';
import { transcriptsList, transcriptsShow } from './transcripts';
import { workspaceInfo, workspaceInit } from './workspace';

/** Every CLI command. A feature adds its commands here. */
export const COMMANDS: readonly Command[] = [workspaceInit, workspaceInfo, ingestCommand, transcriptsList, transcriptsShow, backupCommand, restoreCommand];
