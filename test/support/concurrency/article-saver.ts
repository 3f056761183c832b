// Saves one article once per round, as a second app instance on a shared drive would, starting each
// round when the file `go-<round>` appears in BARRIER and printing one JSON line per save.
// Usage: node --import tsx test/support/concurrency/article-saver.ts WORKSPACE ARTICLE NAME ROUNDS BARRIER
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToLexical } from '../../../electron/core/articles/convert/markdown';
import { saveArticle } from '../../../electron/core/articles/store';
import { Workspace } from '../../../electron/core/workspace/workspace';
import { toErrorInfo } from '../../../shared/errors';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(dir: string, id: string, name: string, rounds: number, barrier: string): Promise<void> {
  const ws = await Workspace.open(dir);
  process.stdout.write('ready\n');
  for (let round = 0; round < rounds; round += 1) {
    while (!existsSync(join(barrier, `go-${round}`))) await sleep(1);
    // Every contender starts from the version the round began with: one article, version 1 + round.
    const text = `${name} wrote this in round ${round}.`;
    try {
      const saved = await saveArticle(ws, { id, baseVersion: 1 + round, content: markdownToLexical(text) }, { id: name });
      process.stdout.write(`${JSON.stringify({ round, name, text, ok: true, version: saved.version })}\n`);
    } catch (error) {
      const info = toErrorInfo(error);
      process.stdout.write(`${JSON.stringify({ round, name, text, ok: false, code: info.code, details: info.details })}\n`);
    }
  }
  ws.close();
}

void main(process.argv[2]!, process.argv[3]!, process.argv[4]!, Number(process.argv[5]), process.argv[6]!);
