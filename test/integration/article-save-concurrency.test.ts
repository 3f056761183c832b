import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listVersions } from '../../electron/core/articles/revisions';
import { createArticle, getArticle } from '../../electron/core/articles/store';
import { Workspace } from '../../electron/core/workspace/workspace';
import { lexicalToText } from '../../electron/core/articles/convert/text';
import { articleConflictSchema } from '../../shared/domain/article';

const ROOT = resolve(__dirname, '../..');
const ROUNDS = 6;

interface Outcome {
  round: number;
  name: string;
  text: string;
  ok: boolean;
  version?: number;
  code?: string;
  details?: unknown;
}

/** A second app instance on the same workspace: one save per round, each reported as a line. */
function saver(dir: string, id: string, name: string, barrier: string) {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'test/support/concurrency/article-saver.ts', dir, id, name, String(ROUNDS), barrier], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const outcomes: Outcome[] = [];
  let ready = false;
  createInterface({ input: proc.stdout }).on('line', (line) => {
    if (line === 'ready') ready = true;
    else outcomes.push(JSON.parse(line) as Outcome);
  });
  const exited = new Promise<number | null>((done) => proc.on('exit', done));
  return { outcomes, isReady: () => ready, exited };
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
};

describe('two app instances saving the same article', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-article-processes-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('from the same version: exactly one wins each time, the other gets the conflict with both texts', async () => {
    const ws = await Workspace.create(join(dir, 'ws'));
    const { id } = await createArticle(ws, { title: 'Reset a card PIN' }, { id: 'ann' });
    ws.close();
    const barrier = join(dir, 'barrier');
    await mkdir(barrier);
    const savers = [saver(join(dir, 'ws'), id, 'ann', barrier), saver(join(dir, 'ws'), id, 'bo', barrier)];
    await until(() => savers.every((s) => s.isReady()));
    for (let round = 0; round < ROUNDS; round += 1) {
      await writeFile(join(barrier, `go-${round}`), '');
      await until(() => savers.every((s) => s.outcomes.length > round));
    }
    expect(await Promise.all(savers.map((s) => s.exited))).toEqual([0, 0]);

    const reopened = await Workspace.open(join(dir, 'ws'));
    try {
      const winners: string[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const [won, lost, ...rest] = [...savers.map((s) => s.outcomes[round]!)].sort((a, b) => Number(b.ok) - Number(a.ok));
        expect(rest).toEqual([]);
        expect(won).toMatchObject({ ok: true, version: 2 + round });
        expect(lost).toMatchObject({ ok: false, code: 'E_CONFLICT' });
        // Nothing is lost: the loser is told what is stored (the winner's text) and keeps its own.
        const conflict = articleConflictSchema.parse(lost!.details);
        expect(conflict.theirs.text).toBe(won!.text);
        expect(lexicalToText(conflict.mine.content!)).toBe(lost!.text);
        winners.push(won!.text);
      }
      const article = await getArticle(reopened, id);
      expect(article.version).toBe(1 + ROUNDS);
      expect(article.text).toBe(winners.at(-1));
      const versions = await listVersions(reopened, id);
      expect(versions.map((v) => v.version).sort((a, b) => a - b)).toEqual(Array.from({ length: ROUNDS + 1 }, (_, i) => i + 1));
    } finally {
      reopened.close();
    }
  }, 120_000);
});
