import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { GleanerError, toErrorInfo } from '../../shared/errors';
import { AppCore } from '../core/app-core';
import { createThreadJobRunner } from '../core/jobs/thread-runner';
import { defaultAppDataDir, defaultWorkspaceDir } from '../core/paths';
import { Workspace } from '../core/workspace/workspace';
import { CommandFailed, type CliIo, type Command } from './command';
import { COMMANDS } from './commands';

const GLOBAL_OPTIONS = {
  workspace: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface CliStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty?: boolean;
  env?: NodeJS.ProcessEnv;
}

function findCommand(argv: readonly string[]): { command: Command; rest: string[] } | undefined {
  const matches = COMMANDS.filter((c) => c.path.every((word, i) => argv[i] === word));
  const best = matches.sort((a, b) => b.path.length - a.path.length)[0];
  return best ? { command: best, rest: argv.slice(best.path.length) } : undefined;
}

export function usageText(): string {
  const lines = ['Usage: gleaner <command> [options] [--workspace DIR] [--json]', '', 'Commands:'];
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  for (const c of COMMANDS) lines.push(`  ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
  lines.push('', 'Run "gleaner <command> --help" for its options.');
  return lines.join('\n');
}

function commandHelp(command: Command): string {
  return [
    `Usage: gleaner ${command.path.join(' ')} ${command.usage} [--workspace DIR] [--json]`.replace(/\s+/g, ' '),
    '',
    command.summary,
    '',
    ...command.help.map((h) => `  ${h}`),
    '  --workspace DIR  the workspace folder (default: the app\'s default workspace)',
    '  --json  machine-readable output on stdout',
  ].join('\n');
}

/** Runs one CLI invocation and returns the exit code. */
export async function runCli(argv: readonly string[], streams: CliStreams): Promise<number> {
  const env = streams.env ?? process.env;
  const found = findCommand(argv);
  if (!found) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      streams.stdout(`${usageText()}\n`);
      return 0;
    }
    streams.stderr(`gleaner: unknown command "${argv.join(' ')}". Run "gleaner --help".\n`);
    return 2;
  }
  const { command, rest } = found;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: command.positionals ?? false,
      strict: true,
    });
  } catch (error) {
    streams.stderr(`gleaner ${command.path.join(' ')}: ${(error as Error).message}\n`);
    return 2;
  }
  if (parsed.values.help) {
    streams.stdout(`${commandHelp(command)}\n`);
    return 0;
  }
  const json = parsed.values.json === true;
  const appDataDir = defaultAppDataDir(env);
  const workspaceDir = resolve(typeof parsed.values.workspace === 'string' ? parsed.values.workspace : defaultWorkspaceDir(appDataDir));
  const core = new AppCore({ appDataDir, runner: createThreadJobRunner() });
  let lastProgress = 0;
  const io: CliIo = {
    out: (text) => {
      if (!json) streams.stdout(`${text}\n`);
    },
    err: (text) => streams.stderr(`${text}\n`),
    progress: (phase, done, total) => {
      const now = Date.now();
      if (now - lastProgress < 250 && done < total) return;
      lastProgress = now;
      const percent = total > 0 ? ` ${Math.floor((done / total) * 100)}%` : '';
      const line = `${phase} ${done}/${total || '?'}${percent}`;
      streams.stderr(streams.isTty ? `\r\x1b[2K${line}${done >= total && total > 0 ? '\n' : ''}` : `${line}\n`);
    },
  };
  try {
    const result = await command.run(
      {
        core,
        json,
        workspaceDir,
        env,
        io,
        workspace: async (options) => {
          if (core.workspace?.dir === workspaceDir) return core.workspace;
          if (options?.create) return core.createWorkspace(workspaceDir);
          try {
            return await core.openWorkspace(workspaceDir);
          } catch (error) {
            if (error instanceof GleanerError && error.code === 'E_NOT_FOUND') {
              throw new GleanerError('E_NOT_FOUND', `No workspace at ${workspaceDir}. Create one with "gleaner workspace init --workspace ${workspaceDir}".`);
            }
            throw error;
          }
        },
      },
      { values: parsed.values as Record<string, string | boolean | string[] | boolean[] | undefined>, positionals: parsed.positionals },
    );
    if (json) streams.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (json && error instanceof CommandFailed) streams.stdout(`${JSON.stringify(error.result, null, 2)}\n`);
    const info = toErrorInfo(error);
    streams.stderr(`gleaner ${command.path.join(' ')}: ${info.code}: ${info.message}\n`);
    return 1;
  } finally {
    await core.dispose();
  }
}

export { Workspace };
