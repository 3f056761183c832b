import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run';
import type { SearchHit } from '../../../../shared/domain/search';

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
  });
  return { code, stdout, stderr };
}

const CONVERSATIONS = [
  {
    id: 'c1',
    language: 'en',
    channel: 'chat',
    turns: [
      { role: 'customer', text: 'My card has not arrived yet' },
      { role: 'agent', text: 'Sorry about that.' },
    ],
  },
  {
    id: 'c2',
    language: 'en',
    channel: 'chat',
    turns: [{ role: 'customer', text: 'I was charged twice for one payment' }],
  },
  {
    id: 'c3',
    language: 'zh',
    channel: 'phone',
    turns: [{ role: 'customer', text: '我想退货，物流信息一直没有更新' }],
  },
  {
    id: 'c4',
    language: 'zh',
    channel: 'phone',
    turns: [{ role: 'customer', text: '怎么修改密码？' }],
  },
];

describe('gleaner embed / gleaner search', () => {
  let dir: string;
  let ws: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-cli-search-'));
    ws = join(dir, 'ws');
    env = { GLEANER_HOME: join(dir, 'home') };
    const file = join(dir, 'conversations.jsonl');
    await writeFile(file, CONVERSATIONS.map((c) => JSON.stringify(c)).join('\n'));
    expect((await cli(['workspace', 'init', '--workspace', ws], env)).code).toBe(0);
    const ingest = await cli(['ingest', file, '--workspace', ws], env);
    expect(ingest.code, ingest.stderr).toBe(0);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('says there is nothing to search before embedding', async () => {
    const out = await cli(['search', 'card', '--workspace', ws], env);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/run `gleaner embed` first/);
  });

  it('embeds with progress on stderr, then searches in English and Chinese', async () => {
    const embed = await cli(['embed', '--workspace', ws, '--json'], env);
    expect(embed.code, embed.stderr).toBe(0);
    expect(JSON.parse(embed.stdout)).toMatchObject({
      model: 'lexical',
      documents: 4,
      dimension: 512,
    });
    expect(embed.stderr).toMatch(/embed/);

    const zh = await cli(['search', '退货', '--workspace', ws, '--json', '--limit', '2'], env);
    const zhHits = JSON.parse(zh.stdout) as SearchHit[];
    expect(zhHits[0]!.id).toMatch(/c3$/);
    expect(zhHits.length).toBeLessThanOrEqual(2);

    const en = await cli(['search', 'card arrived', '--workspace', ws], env);
    expect(en.stdout).toMatch(/\[card\]/);
    expect(en.stdout.split('\n')[0]).toMatch(/transcript\s+\S*c1/);
  });

  it('fails clearly for a model folder that is not one', async () => {
    const out = await cli(
      ['embed', '--workspace', ws, '--model', join(dir, 'nowhere', 'model')],
      env,
    );
    expect(out.code).not.toBe(0);
    expect(out.stderr).toMatch(/is not a folder/);
  });
});
