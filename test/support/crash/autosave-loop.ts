// Saves an article in a tight autosave loop until killed: each version's body names its own version,
// so a reader can tell a torn write (body of one version, number of another) from a whole one.
// Usage: node --import tsx test/support/crash/autosave-loop.ts WORKSPACE ARTICLE_ID
import { getArticle, saveArticle } from '../../../electron/core/articles/store';
import { markdownToLexical } from '../../../electron/core/articles/convert';
import { Workspace } from '../../../electron/core/workspace/workspace';

export const draftText = (version: number): string => `Autosaved draft number ${version}. Restart the router, then check the refund.`;

async function main(dir: string, id: string): Promise<void> {
  const ws = await Workspace.open(dir);
  const actor = { id: 'crash-test' };
  let version = (await getArticle(ws, id)).version;
  for (;;) {
    const saved = await saveArticle(ws, { id, baseVersion: version, content: markdownToLexical(draftText(version + 1)), autosave: true }, actor);
    version = saved.version;
    process.stdout.write(`saved ${version}\n`);
  }
}

const [dir, id] = process.argv.slice(2);
if (dir && id) {
  main(dir, id).catch((error: unknown) => {
    process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  });
}
