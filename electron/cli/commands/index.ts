import type { Command } from '../command';
import { articlesImport, articlesList } from './articles';
import { backupCommand, restoreCommand } from './backup';
import { exportCommand } from './export';
import { demoCommand } from './demo';
import { embedCommand } from './embed';
import { searchCommand } from './search';
import { ingestCommand } from './ingest';
import { transcriptsList, transcriptsShow } from './transcripts';
import { workspaceInfo, workspaceInit } from './workspace';
import { topicsCommand } from './topics';
import { frictionCommand } from './friction';
import { draftCommand } from './draft';

/** Every CLI command. A feature adds its commands here. */
export const COMMANDS: readonly Command[] = [workspaceInit, workspaceInfo, ingestCommand, transcriptsList, transcriptsShow, exportCommand, backupCommand, restoreCommand, demoCommand, embedCommand, searchCommand, articlesList, articlesImport, topicsCommand, frictionCommand, draftCommand];
