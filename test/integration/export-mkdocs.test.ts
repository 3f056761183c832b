import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../electron/cli/run';
import { markdownToLexical } from '../../electron/core/articles/convert';
import { putImage } from '../../electron/core/articles/media';
import { createArticle, setArticleState } from '../../electron/core/articles/store';
import { workspaceMedia } from '../../electron/core/export/media';
import { exportHistory, runExport } from '../../electron/core/export/run';
import { createSink } from '../../electron/core/export/sinks';
import type { ExportArticle } from '../../electron/core/export/types';
import { Workspace } from '../../electron/core/workspace/workspace';
import type { ExportReport, MarkdownLayout } from '../../shared/domain/export';
import { exportArticle as article } from '../support/export-article';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const ARTICLES: ExportArticle[] = [
  article({ id: 'a1', title: 'Refund status' }),
  article({ id: 'a2', title: 'Duplicate charge', tags: [] }),
  article({ id: 'a3', title: 'Reset a PIN', category: 'Cards', tags: ['cards', 'security'] }),
  // The translation is filed under its own category name; MkDocs pairs it with its source by path, so it sits beside it.
  article({ id: 'a1-zh', title: '退款进度查询', slug: 'tui-kuan', language: 'zh-CN', category: '账单', translationOf: 'a1', tags: ['账单'] }),
  article({ id: 'z1', title: '仅中文的文章', slug: 'zh-only', language: 'zh-CN', category: '账单', tags: [] }),
];

/** Every file under `dir` with its modification time, by path relative to it (POSIX separators). */
async function snapshot(dir: string): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), (await stat(path)).mtimeMs);
  }
  return files;
}

/** A Markdown file's front matter and body. */
async function readDoc(path: string): Promise<{ front: Record<string, unknown>; body: string }> {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(await readFile(path, 'utf8'));
  expect(match, path).not.toBeNull();
  return { front: parse(match![1]!) as Record<string, unknown>, body: match![2]! };
}

/** The file paths in an mkdocs.yml nav, however deep. */
const navFiles = (nav: unknown): string[] =>
  typeof nav === 'string' ? [nav] : Array.isArray(nav) ? nav.flatMap(navFiles) : nav && typeof nav === 'object' ? Object.values(nav).flatMap(navFiles) : [];

interface MkdocsConfig {
  site_name: string;
  docs_dir: string;
  nav: Array<Record<string, unknown>>;
  plugins: Array<string | { i18n?: { docs_structure: string; languages: Array<{ locale: string; default?: boolean; nav_translations?: Record<string, string> }> } }>;
}

describe('Markdown export, MkDocs layout', () => {
  let dir: string;
  let ws: Workspace;
  let out: string;
  const sink = (layout: MarkdownLayout) => createSink({ target: 'markdown', outDir: out, layout, media: workspaceMedia(ws) });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-mkdocs-'));
    ws = await Workspace.create(join(dir, 'ws'));
    out = join(dir, 'md');
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes docs/<category>/<slug>.md with front matter, translations as .zh.md beside their source, and an mkdocs.yml whose nav matches the files', async () => {
    const report = await runExport(ws, { target: 'markdown', sink: sink('mkdocs'), articles: ARTICLES });
    expect(report.counts).toEqual({ created: 5, updated: 0, unchanged: 0, failed: 0 });
    expect(report.layout).toBe('mkdocs');
    const files = [...(await snapshot(out)).keys()].sort();
    expect(files).toEqual([
      'docs/billing/duplicate-charge.md',
      'docs/billing/refund-status.md',
      'docs/billing/refund-status.zh.md',
      'docs/cards/reset-a-pin.md',
      'docs/index.md',
      'docs/index.zh.md',
      // An article with no source-language version keeps its own category.
      'docs/账单/zh-only.zh.md',
      'mkdocs.yml',
    ]);

    const refund = await readDoc(join(out, 'docs', 'billing', 'refund-status.md'));
    expect(refund.front).toEqual({ title: 'Refund status', description: 'About Refund status', tags: ['billing'] });
    expect(refund.body).toBe('## Resolution\n\n1. Open **Settings**.\n');
    expect((await readDoc(join(out, 'docs', 'billing', 'duplicate-charge.md'))).front).toEqual({ title: 'Duplicate charge', description: 'About Duplicate charge' });
    expect((await readDoc(join(out, 'docs', 'billing', 'refund-status.zh.md'))).front).toEqual({ title: '退款进度查询', description: 'About 退款进度查询', tags: ['账单'] });

    const config = parse(await readFile(join(out, 'mkdocs.yml'), 'utf8')) as MkdocsConfig;
    expect(config.site_name).toBe('Help Center');
    expect(config.docs_dir).toBe('docs');
    expect(config.nav).toEqual([
      { Home: 'index.md' },
      { Billing: ['billing/duplicate-charge.md', 'billing/refund-status.md'] },
      { Cards: ['cards/reset-a-pin.md'] },
    ]);
    for (const file of navFiles(config.nav)) expect(files, file).toContain(`docs/${file}`);
    const i18n = config.plugins.find((p) => typeof p === 'object' && p.i18n);
    expect(typeof i18n === 'object' && i18n.i18n).toMatchObject({
      docs_structure: 'suffix',
      languages: [
        { locale: 'en', default: true },
        { locale: 'zh', nav_translations: { Home: '首页', Billing: '账单' } },
      ],
    });
    expect(config.plugins).toContain('search');

    // Each language's home page links every article of that language, relative to docs/.
    const zhHome = await readFile(join(out, 'docs', 'index.zh.md'), 'utf8');
    for (const [, link] of zhHome.matchAll(/\]\(([^)]+)\)/g)) expect(files).toContain(`docs/${link!}`);
    expect(zhHome).toContain('[仅中文的文章](账单/zh-only.zh.md)');
    expect((await readDoc(join(out, 'docs', 'index.md'))).body).toContain('[Reset a PIN](cards/reset-a-pin.md)');
  });

  it('leaves every file untouched when nothing changed, and rewrites only what changed', async () => {
    await runExport(ws, { target: 'markdown', sink: sink('mkdocs'), articles: ARTICLES });
    const first = await snapshot(out);
    const again = await runExport(ws, { target: 'markdown', sink: sink('mkdocs'), articles: ARTICLES });
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 5, failed: 0 });
    expect(await snapshot(out)).toEqual(first);

    // Renaming the source article moves its translation with it, and leaves no stale copies.
    const renamed = ARTICLES.map((a) => (a.id === 'a1' ? { ...a, slug: 'where-is-my-refund' } : a));
    const third = await runExport(ws, { target: 'markdown', sink: sink('mkdocs'), articles: renamed });
    expect(third.counts).toEqual({ created: 0, updated: 2, unchanged: 3, failed: 0 });
    const files = [...(await snapshot(out)).keys()];
    expect(files).toEqual(expect.arrayContaining(['docs/billing/where-is-my-refund.md', 'docs/billing/where-is-my-refund.zh.md']));
    expect(files).not.toContain('docs/billing/refund-status.md');
    expect(files).not.toContain('docs/billing/refund-status.zh.md');
    expect(files).toHaveLength(first.size);
  });

  it("keeps the user's own mkdocs.yml and home page, and writes the generated config beside them", async () => {
    await mkdir(join(out, 'docs'), { recursive: true });
    await writeFile(join(out, 'mkdocs.yml'), 'site_name: Our own help\ntheme: material\n');
    await writeFile(join(out, 'docs', 'index.md'), '# Welcome to our help\n');
    const report = await runExport(ws, { target: 'markdown', sink: sink('mkdocs'), articles: ARTICLES });
    expect(report.counts.failed).toBe(0);
    expect(await readFile(join(out, 'mkdocs.yml'), 'utf8')).toBe('site_name: Our own help\ntheme: material\n');
    expect(await readFile(join(out, 'docs', 'index.md'), 'utf8')).toBe('# Welcome to our help\n');
    const generated = parse(await readFile(join(out, 'mkdocs.gleaner.yml'), 'utf8')) as MkdocsConfig;
    expect(generated.nav).toContainEqual({ Cards: ['cards/reset-a-pin.md'] });

    // Switching layout removes only what Gleaner wrote.
    await runExport(ws, { target: 'markdown', sink: sink('docusaurus'), articles: ARTICLES });
    const files = [...(await snapshot(out)).keys()];
    expect(files).toContain('mkdocs.yml');
    expect(files).toContain('docs/index.md');
    expect(files).not.toContain('mkdocs.gleaner.yml');
  });

  it('rewrites the folder when the layout changes, keeping no file of the other layout', async () => {
    await runExport(ws, { target: 'markdown', sink: sink('docusaurus'), articles: ARTICLES });
    const docusaurus = [...(await snapshot(out)).keys()].sort();
    expect(docusaurus).toContain('i18n/zh-CN/docusaurus-plugin-content-docs/current/账单/tui-kuan.md');

    const toMkdocs = await runExport(ws, { target: 'markdown', sink: sink('mkdocs'), articles: ARTICLES });
    expect(toMkdocs.counts).toEqual({ created: 0, updated: 5, unchanged: 0, failed: 0 });
    const mkdocs = [...(await snapshot(out)).keys()].sort();
    expect(mkdocs.filter((f) => f.startsWith('i18n/'))).toEqual([]);
    expect(mkdocs).toContain('docs/billing/refund-status.zh.md');
    expect((await readDoc(join(out, 'docs', 'billing', 'refund-status.md'))).front).not.toHaveProperty('slug');

    const back = await runExport(ws, { target: 'markdown', sink: sink('docusaurus'), articles: ARTICLES });
    expect(back.counts).toEqual({ created: 0, updated: 5, unchanged: 0, failed: 0 });
    expect([...(await snapshot(out)).keys()].sort()).toEqual(docusaurus);
    expect((await readDoc(join(out, 'docs', 'billing', 'refund-status.md'))).front).toMatchObject({ id: 'refund-status', slug: '/billing/refund-status' });
    expect((await exportHistory(ws)).map((r) => r.layout)).toEqual(['docusaurus', 'mkdocs', 'docusaurus']);
  });

  it('copies an image into docs/assets/ and links it relatively from the article and its translation', async () => {
    const src = (await putImage(ws, PNG)).src;
    const name = src.replace('gleaner-media:', '');
    const markdown = `Tap here:\n\n![The reset button](${src})\n`;
    const withImage = [
      article({ id: 'p1', title: 'Reset a PIN', category: 'Cards', markdown, html: `<p><img src="${src}" alt="The reset button"></p>` }),
      article({ id: 'p1-zh', title: '重置 PIN', language: 'zh-CN', category: '银行卡', translationOf: 'p1', markdown, html: `<p><img src="${src}" alt="重置按钮"></p>` }),
    ];
    await runExport(ws, { target: 'markdown', sink: sink('mkdocs'), articles: withImage });
    expect(await readFile(join(out, 'docs', 'assets', name))).toEqual(PNG);
    for (const file of ['reset-a-pin.md', 'reset-a-pin.zh.md']) {
      const path = join(out, 'docs', 'cards', file);
      const { body } = await readDoc(path);
      expect(body).not.toContain('gleaner-media:');
      const link = /!\[[^\]]*\]\(([^)]+)\)/.exec(body)?.[1];
      expect(link, file).toBe(`../assets/${name}`);
      expect(await readFile(join(dirname(path), link!))).toEqual(PNG);
    }
  });
});

describe('gleaner export --target markdown --layout', () => {
  let dir: string;
  let wsDir: string;
  const env = () => ({ GLEANER_HOME: join(dir, 'home') });
  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: env() });
    return { code, stdout, stderr };
  }
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-mkdocs-cli-'));
    wsDir = join(dir, 'ws');
    const ws = await Workspace.create(wsDir);
    const actor = { id: 'rev-1' };
    const source = await createArticle(ws, { title: 'Reset your password', slug: 'reset-password', category: 'Account', tags: ['login'], content: markdownToLexical('Open **Settings**.') }, actor);
    const zh = await createArticle(ws, { title: '重置密码', slug: 'zhong-zhi-mi-ma', category: '账户', language: 'zh-CN', translationOf: source.id, content: markdownToLexical('打开**设置**。') }, actor);
    for (const { id } of [source, zh]) await setArticleState(ws, id, 'approved', actor);
    ws.close();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the MkDocs layout, and a second run finds nothing to write', async () => {
    const out = join(dir, 'site');
    const args = ['export', '--target', 'markdown', '--layout', 'mkdocs', '--out', out, '--workspace', wsDir, '--json'];
    const first = await cli(args);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout) as ExportReport).toMatchObject({ layout: 'mkdocs', counts: { created: 2, failed: 0 } });
    const files = [...(await snapshot(out)).keys()].sort();
    expect(files).toEqual(['docs/account/reset-password.md', 'docs/account/reset-password.zh.md', 'docs/index.md', 'docs/index.zh.md', 'mkdocs.yml']);
    expect((await readDoc(join(out, 'docs', 'account', 'reset-password.zh.md'))).front).toMatchObject({ title: '重置密码' });
    expect(navFiles((parse(await readFile(join(out, 'mkdocs.yml'), 'utf8')) as MkdocsConfig).nav)).toEqual(['index.md', 'account/reset-password.md']);

    const before = await snapshot(out);
    const second = await cli(args);
    expect(second.code, second.stderr).toBe(0);
    expect((JSON.parse(second.stdout) as ExportReport).counts).toEqual({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    expect(await snapshot(out)).toEqual(before);
  });

  it('refuses an unknown layout, and a layout for another target', async () => {
    const bad = await cli(['export', '--target', 'markdown', '--layout', 'hugo', '--out', join(dir, 'x'), '--workspace', wsDir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--layout must be one of docusaurus, mkdocs/);
    const other = await cli(['export', '--target', 'html', '--layout', 'mkdocs', '--out', join(dir, 'x'), '--workspace', wsDir]);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/--layout applies to --target markdown only/);
  });
});
