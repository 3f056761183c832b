import type { Command } from '../command';
import { workspaceInfo, workspaceInit } from './workspace';

/** Every CLI command. A feature adds its commands here. */
export const COMMANDS: readonly Command[] = [workspaceInit, workspaceInfo];
