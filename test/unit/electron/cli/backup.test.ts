import { mkdtemp, readdir, rm } from 'node:fs/promises';
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

describe('gleaner backup and restore', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-cli-backup-'));
    env = { GLEANER_HOME: join(dir, 'home') };
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists backups by name and restores one by its name, keeping the current workspace beside it', async () => {
    const ws = join(dir, 'ws');
    expect((await cli(['workspace', 'init', '--workspace', ws], env)).code).toBe(0);
    const made = JSON.parse((await cli(['backup', '--workspace', ws, '--json'], env)).stdout) as { backup: string };
    expect(made.backup.startsWith(`${ws}.backups/`)).toBe(true);
    const listed = JSON.parse((await cli(['backup', '--list', '--workspace', ws, '--json'], env)).stdout) as { backups: Array<{ name: string; dir: string; sizeBytes: number }> };
    expect(listed.backups).toEqual([expect.objectContaining({ dir: made.backup, sizeBytes: expect.any(Number) })]);
    const name = listed.backups[0]!.name;

    const restored = await cli(['restore', name, '--workspace', ws], env);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/previous workspace is kept at .*ws\.before-restore-/);
    expect((await readdir(dir)).filter((n) => n.startsWith('ws.before-restore-'))).toHaveLength(1);
    expect((await cli(['workspace', 'info', '--workspace', ws], env)).code).toBe(0);
  });

  it('refuses a backup name that is not in the workspace\'s backups folder, and a folder that is not a backup', async () => {
    const ws = join(dir, 'ws');
    await cli(['workspace', 'init', '--workspace', ws], env);
    const unknown = await cli(['restore', '2026-12-01T08-00-00-000Z', '--workspace', ws], env);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('E_NOT_FOUND') });
    const notBackup = await cli(['restore', join(dir, 'nothing-here'), '--workspace', ws], env);
    expect(notBackup).toMatchObject({ code: 1, stderr: expect.stringContaining('E_NOT_FOUND') });
    expect((await readdir(dir)).sort()).toEqual(['home', 'ws']);
  });
});
