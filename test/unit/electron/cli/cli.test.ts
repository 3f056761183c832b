import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run';

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
  return { code, stdout, stderr };
}

describe('gleaner CLI', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-cli-'));
    env = { GLEANER_HOME: join(dir, 'home') };
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('initialises a workspace and prints its tables with schema versions as JSON', async () => {
    const ws = join(dir, 'ws');
    expect((await cli(['workspace', 'init', '--workspace', ws], env)).code).toBe(0);
    const info = await cli(['workspace', 'info', '--workspace', ws, '--json'], env);
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.stdout) as { dir: string; tables: Array<{ name: string; schemaVersion: number; rows: number }> };
    expect(parsed.dir).toBe(ws);
    expect(parsed.tables.some((t) => t.name === 'jobs' && t.schemaVersion === 1)).toBe(true);
  });

  it('prints help for the program and for a command', async () => {
    const top = await cli(['--help'], env);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('workspace info');
    const sub = await cli(['workspace', 'info', '--help'], env);
    expect(sub.stdout).toMatch(/Usage: gleaner workspace info/);
  });

  it('fails with a non-zero code and a one-line error', async () => {
    const missing = await cli(['workspace', 'info', '--workspace', join(dir, 'none')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('E_NOT_FOUND');
    expect((await cli(['frobnicate'], env)).code).toBe(2);
    expect((await cli(['workspace', 'info', '--bogus'], env)).code).toBe(2);
  });
});
