import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lexicalToMarkdown } from '../../../../electron/core/articles/convert/markdown';
import { importArticlesFolder } from '../../../../electron/core/articles/import/folder';
import { listArticles } from '../../../../electron/core/articles/list';
import { listVersions } from '../../../../electron/core/articles/revisions';
import { createArticle, getArticle } from '../../../../electron/core/articles/store';
import { markdownToLexical } from '../../../../electron/core/articles/convert/markdown';
import { Workspace } from '../../../../electron/core/workspace/workspace';

const GUIDELINES = '/work/shared/data/abcd/guidelines.json';

interface Guidelines {
  [flow: string]: { description: string; subflows: Record<string, { instructions?: string; actions: Array<{ button: string; text: string; subtext: string[] }> }> };
}

/** A knowledge base as people keep it: one Markdown file per ABCD subflow, with front matter. */
async function writeAbcdKnowledgeBase(dir: string): Promise<number> {
  const guidelines = JSON.parse(await readFile(GUIDELINES, 'utf8')) as Guidelines;
  let count = 0;
  for (const [flow, { subflows }] of Object.entries(guidelines)) {
    await mkdir(join(dir, flow), { recursive: true });
    for (const [name, subflow] of Object.entries(subflows)) {
      const steps = subflow.actions.map((a, i) => `${i + 1}. **${a.button}**: ${a.text.replace(/\s+/g, ' ')}`).join('\n');
      const body = `---\ntitle: ${JSON.stringify(name)}\ntags: [${JSON.stringify(flow)}, abcd]\ncategory: ${JSON.stringify(flow)}\nreview_by: 2031-01-31\n---\n# ${name}\n\n${subflow.instructions ?? ''}\n\n## Resolution\n\n${steps}\n`;
      await writeFile(join(dir, flow, `${name.replace(/\W+/g, '-')}.md`), body);
      count += 1;
    }
  }
  return count;
}

describe('importing a knowledge base folder', () => {
  let root: string;
  let kb: string;
  let ws: Workspace;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'gleaner-import-'));
    kb = join(root, 'kb');
    await mkdir(kb);
    ws = await Workspace.create(join(root, 'ws'));
  });
  afterEach(async () => {
    ws.close();
    await rm(root, { recursive: true, force: true });
  });

  it('imports Markdown with front matter, sanitizes HTML, links translations and reports duplicates and bad files', async () => {
    const subflows = await writeAbcdKnowledgeBase(kb);
    await writeFile(
      join(kb, 'hostile.html'),
      '<html lang="en"><head><title>Hostile page</title><script>alert(1)</script></head><body><h1>Hostile page</h1><p onclick="x()">Safe text<img src=x onerror="alert(1)"></p><a href="javascript:alert(1)">bad link</a></body></html>',
    );
    await writeFile(join(kb, 'zh.md'), '---\ntitle: 退货流程\nlanguage: zh\ntranslation_of: Return Due to Color\n---\n退货需要在三十天内完成。\n');
    await writeFile(join(kb, 'broken.md'), '---\ntitle: [unclosed\n---\nbody');
    await writeFile(join(kb, 'huge.md'), 'x'.repeat(2 * 1024 * 1024 + 1));
    await mkdir(join(kb, '.git'));
    await writeFile(join(kb, '.git', 'ignored.md'), '# should not be read');

    const existing = await createArticle(ws, { title: 'Existing article', content: markdownToLexical('# Initiate Refund\n\nsomething else entirely') }, { id: 'ann' });
    const progress: string[] = [];
    const report = await importArticlesFolder(ws, kb, { id: 'ann' }, (_d, _t, phase) => progress.push(phase));

    // ABCD's three "Return Due to …" subflows share one body word for word: the first is kept, the others reported.
    const color = report.created.find((c) => c.title === 'Return Due to Color');
    expect(report.duplicates).toEqual([
      { file: 'Product Defect/Return-Due-to-Size.md', title: 'Return Due to Size', existingId: color?.id, reason: 'text' },
      { file: 'Product Defect/Return-Due-to-Stain.md', title: 'Return Due to Stain', existingId: color?.id, reason: 'text' },
    ]);
    const imported = subflows - 2 + 2;
    expect(report.created).toHaveLength(imported);
    expect(report.failed.map((f) => f.file).sort()).toEqual(['broken.md', 'huge.md']);
    expect(report.failed.find((f) => f.file === 'huge.md')?.message).toBe('the file is 2,097,153 bytes; the limit is 2,097,152 bytes');
    expect(progress).toContain('write');
    expect(progress.at(-1)).toBe('done');

    const all = await listArticles(ws);
    expect(all).toHaveLength(imported + 1);
    const refund = all.find((a) => a.title === 'Initiate Refund');
    expect(refund).toMatchObject({ category: 'Product Defect', tags: ['Product Defect', 'abcd'], reviewBy: '2031-01-31', state: 'draft' });
    const full = await getArticle(ws, refund?.id ?? '');
    expect(lexicalToMarkdown(full.content)).toMatch(/## Resolution\n\n1\. \*\*Pull up Account\*\*: All chats/);
    expect((await listVersions(ws, full.id)).map((v) => v.kind)).toEqual(['import']);

    const hostile = all.find((a) => a.title === 'Hostile page');
    const hostileJson = JSON.stringify((await getArticle(ws, hostile?.id ?? '')).content);
    expect(hostileJson).toContain('Safe text');
    expect(hostileJson).not.toMatch(/alert|javascript|onclick|onerror/);

    const zh = all.find((a) => a.title === '退货流程');
    const returnSize = all.find((a) => a.title === 'Return Due to Color');
    expect(zh).toMatchObject({ language: 'zh-CN', translationOf: returnSize?.id });
    expect((await getArticle(ws, returnSize?.id ?? '')).translations).toEqual([zh?.id]);
    expect(existing.title).toBe('Existing article');

    const again = await importArticlesFolder(ws, kb, { id: 'ann' });
    expect(again.created).toEqual([]);
    expect(again.duplicates).toHaveLength(subflows + 2);
    expect(new Set(again.duplicates.map((d) => d.reason))).toEqual(new Set(['slug', 'text']));
    expect(await listArticles(ws)).toHaveLength(imported + 1);
  });

  it('detects a renamed copy by its near-identical text', async () => {
    const text = 'Customers who want to return an item bought in the wrong size must do it within thirty days. Ask for the order id, check the purchase date, and create a return label.';
    const original = await createArticle(ws, { title: 'Return an item in the wrong size', content: markdownToLexical(text) }, { id: 'ann' });
    const reformatted = text.replace('thirty days', 'THIRTY  days').replace(/\. /g, '.\n\n');
    await writeFile(join(kb, 'copy.md'), `---\ntitle: Wrong size returns\n---\n${reformatted}\n`);
    await writeFile(join(kb, 'different.md'), '---\ntitle: Reset a password\n---\nSend the customer a reset link to the email on file and confirm the username first.\n');
    const report = await importArticlesFolder(ws, kb, { id: 'ann' });
    expect(report.duplicates).toEqual([{ file: 'copy.md', title: 'Wrong size returns', existingId: original.id, reason: 'text' }]);
    expect(report.created.map((c) => c.file)).toEqual(['different.md']);
  });
});
