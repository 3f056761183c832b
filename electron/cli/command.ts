import type { ParseArgsConfig } from 'node:util';
import { GleanerError, type ErrorCode } from '../../shared/errors';
import type { AppCore } from '../core/app-core';
import type { Workspace } from '../core/workspace/workspace';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CliIo {
  /** Human output (stdout); suppressed with --json. */
  out(text: string): void;
  /** Progress and notes (stderr); never mixed into --json output. */
  err(text: string): void;
  /** A progress line on stderr that rewrites itself on a terminal. */
  progress(phase: string, done: number, total: number): void;
}

export interface CliContext {
  readonly core: AppCore;
  readonly json: boolean;
  readonly workspaceDir: string;
  /** The environment the CLI runs in (credentials of help-center exports come from it). */
  readonly env: NodeJS.ProcessEnv;
  /** Opens (or with create, creates) the workspace named by --workspace. */
  workspace(options?: { create?: boolean }): Promise<Workspace>;
  readonly io: CliIo;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

export interface Command {
  /** Words that select it, e.g. ['workspace', 'info']. */
  readonly path: readonly string[];
  readonly summary: string;
  /** Usage after the command words, e.g. 'FILE... [--format auto|jsonl]'. */
  readonly usage: string;
  readonly options: OptionSpec;
  /** Lines of the help after the usage: one per option, e.g. '--limit N  how many results'. */
  readonly help: readonly string[];
  readonly positionals?: boolean;
  /** Returns what --json prints; human output goes through ctx.io.out. */
  run(ctx: CliContext, args: ParsedArgs): Promise<unknown>;
}

/**
 * A command that ran but did not fully succeed (an export with failed articles): the CLI exits non-zero with the
 * message on stderr, and --json still prints the result, so a script sees what went wrong per item.
 */
export class CommandFailed extends GleanerError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly result: unknown,
  ) {
    super(code, message);
  }
}
