import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// In a child process: lowering the test process's own priority would slow the other tests.
const script = `
import { readdirSync, readFileSync } from 'node:fs';
import * as lancedb from '@lancedb/lancedb';
import { runAtBackgroundPriority } from './electron/core/jobs/priority.ts';
runAtBackgroundPriority();
const db = await lancedb.connect(await import('node:fs/promises').then((f) => f.mkdtemp('/tmp/gleaner-nice-')));
const t = await db.createTable('t', [{ vector: [0.1, 0.2] }]);
await t.vectorSearch([0.1, 0.2]).limit(1).toArray();
const nice = readdirSync('/proc/self/task').map((id) => {
  const stat = readFileSync('/proc/self/task/' + id + '/stat', 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
});
console.log(JSON.stringify(nice));
`;

describe.runIf(process.platform === 'linux')('runAtBackgroundPriority', () => {
  it('lowers every thread, LanceDB threads started afterwards included', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const nice = JSON.parse(run.stdout.trim().split('\n').pop()!) as number[];
    expect(nice.length).toBeGreaterThan(2);
    expect(new Set(nice)).toEqual(new Set([19]));
  });
});
