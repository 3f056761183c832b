import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArticles } from '../../electron/core/articles/list';
import { setArticleState } from '../../electron/core/articles/store';
import { buildDemoWorkspace } from '../../electron/core/demo/build';
import { loadExportArticles } from '../../electron/core/export/articles';
import { runExport } from '../../electron/core/export/run';
import { createSink } from '../../electron/core/export/sinks';
import { Workspace } from '../../electron/core/workspace/workspace';

/** The "done when", on the demo's own articles: approve them, export a static help center. */
describe('exporting the approved demo articles', () => {
  let dir: string;
  let ws: Workspace;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-export-demo-'));
    ws = await Workspace.create(join(dir, 'ws'));
    await buildDemoWorkspace(ws, { seed: 7, conversations: 60, now: Date.parse('2026-11-24T09:00:00Z') });
    for (const a of await listArticles(ws)) await setArticleState(ws, a.id, 'approved', { id: 'reviewer' });
  }, 120_000);
  afterAll(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('builds a bilingual help center whose pages, categories and search index cover every article', async () => {
    const articles = await loadExportArticles(ws);
    expect(articles.length).toBeGreaterThan(5);
    const out = join(dir, 'site');
    const report = await runExport(ws, { target: 'html', sink: createSink({ target: 'html', outDir: out }), articles });
    expect(report.counts).toMatchObject({ created: articles.length, failed: 0 });
    const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(articles.length);
    const index = await readFile(join(out, 'assets', 'search-index.js'), 'utf8');
    const entries = JSON.parse(index.replace(/^window\.GLEANER_INDEX = /, '').replace(/;\n$/, '')) as Array<{ lang: string; title: string; href: string }>;
    expect(entries).toHaveLength(articles.length);
    expect(new Set(entries.map((e) => e.lang))).toEqual(new Set(['en', 'zh-CN']));
    for (const entry of entries) expect(pages).toContain(join(entry.lang, entry.href));
    const home = await readFile(join(out, 'en', 'index.html'), 'utf8');
    for (const a of articles.filter((x) => x.language === 'en')) expect(home).toContain(a.title.replace(/&/g, '&amp;'));
    const again = await runExport(ws, { target: 'html', sink: createSink({ target: 'html', outDir: out }), articles: await loadExportArticles(ws) });
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: articles.length });
  }, 120_000);
});
