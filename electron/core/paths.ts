import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the desktop app keeps its data; the CLI uses the same place so both see one default workspace. */
export function defaultAppDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.GLEANER_HOME) return env.GLEANER_HOME;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Gleaner');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Gleaner');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Gleaner');
}

export const defaultWorkspaceDir = (appDataDir: string): string => join(appDataDir, 'workspaces', 'default');
