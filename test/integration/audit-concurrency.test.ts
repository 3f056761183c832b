import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit, verifyAudit } from '../../electron/core/audit/log';
import { withFileLock } from '../../electron/core/util/file-lock';
import { Workspace } from '../../electron/core/workspace/workspace';

const ROOT = resolve(__dirname, '../..');

function appender(dir: string, name: string, count: number): Promise<number | null> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'test/support/concurrency/audit-appender.ts', dir, name, String(count)], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, stdio: 'inherit' });
  return new Promise((done) => proc.on('exit', done));
}

describe('two processes on one workspace', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-audit-processes-'));
    (await Workspace.create(dir)).close();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('append to one audit chain that never forks', async () => {
    expect(await Promise.all([appender(dir, 'ann', 15), appender(dir, 'bo', 15)])).toEqual([0, 0]);
    const ws = await Workspace.open(dir);
    try {
      const entries = await readAudit(ws);
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i));
      expect(entries.filter((e) => e.actorName === 'ann')).toHaveLength(15);
      expect(await verifyAudit(ws)).toEqual({ ok: true, entries: 30, firstBrokenSeq: null, reason: null });
    } finally {
      ws.close();
    }
  }, 120_000);

  it('take over a lock left by a process that died holding it, and wait for a live one', async () => {
    const lock = join(dir, 'test.lock');
    const { writeFile, utimes } = await import('node:fs/promises');
    await writeFile(lock, '99999');
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    expect(await withFileLock(lock, async () => 'taken')).toBe('taken');
    const order: string[] = [];
    const first = withFileLock(lock, async () => {
      order.push('first in');
      await new Promise((r) => setTimeout(r, 100));
      order.push('first out');
    });
    await new Promise((r) => setTimeout(r, 10));
    await withFileLock(lock, async () => void order.push('second'));
    await first;
    expect(order).toEqual(['first in', 'first out', 'second']);
    await writeFile(lock, 'held');
    await expect(withFileLock(lock, async () => 'never', { timeoutMs: 50 })).rejects.toMatchObject({ code: 'E_CONFLICT' });
  });
});
