import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMappings } from '../../electron/core/export/mapping';
import { exportHistory, runExport } from '../../electron/core/export/run';
import { createFreshdeskSink } from '../../electron/core/export/targets/freshdesk';
import { createHtmlSiteSink } from '../../electron/core/export/targets/html-site/site';
import { createIntercomSink } from '../../electron/core/export/targets/intercom';
import { createMarkdownSink } from '../../electron/core/export/targets/markdown';
import { createSalesforceSink } from '../../electron/core/export/targets/salesforce';
import { createZendeskSink } from '../../electron/core/export/targets/zendesk';
import type { ExportArticle } from '../../electron/core/export/types';
import { Workspace } from '../../electron/core/workspace/workspace';
import { fakeFreshdesk } from '../support/fake-helpcenters/freshdesk';
import { fakeIntercom } from '../support/fake-helpcenters/intercom';
import { fakeZendesk } from '../support/fake-helpcenters/zendesk';
import { exportArticle as article } from '../support/export-article';

const ARTICLES: ExportArticle[] = [
  article({ id: 'a1', title: 'Refund status' }),
  article({ id: 'a2', title: 'Duplicate charge', html: '<p>Check your statement.</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">x</a>' }),
  article({ id: 'a1-zh', title: '退款进度查询', slug: 'refund-status', language: 'zh-CN', category: '账单', translationOf: 'a1', html: '<p>打开设置。</p>' }),
];

const instant = { sleep: async () => undefined, baseDelayMs: 1 };

describe('export', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-export-'));
    ws = await Workspace.create(join(dir, 'ws'));
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('Zendesk', () => {
    it('creates sections, articles and translations, then updates only the article that changed', async () => {
      const zd = fakeZendesk();
      const baseUrl = await zd.api.start();
      try {
        const sink = () => createZendeskSink({ baseUrl, email: 'admin@example.com', apiToken: 'zd-token' }, instant);
        const first = await runExport(ws, { target: 'zendesk', sink: sink(), articles: ARTICLES });
        expect(first.counts).toEqual({ created: 3, updated: 0, unchanged: 0, failed: 0 });
        expect(zd.articles.size).toBe(2);
        const refund = [...zd.articles.values()].find((a) => a.translations['en-us']?.title === 'Refund status');
        expect(refund?.translations['zh-cn']?.title).toBe('退款进度查询');

        const writesBefore = zd.api.requests().filter((r) => r.method !== 'GET').length;
        const again = await runExport(ws, { target: 'zendesk', sink: sink(), articles: ARTICLES });
        expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 3, failed: 0 });
        expect(zd.api.requests().filter((r) => r.method !== 'GET').length).toBe(writesBefore);

        const changed = ARTICLES.map((a) => (a.id === 'a2' ? { ...a, title: 'Charged twice' } : a));
        const third = await runExport(ws, { target: 'zendesk', sink: sink(), articles: changed });
        expect(third.counts).toEqual({ created: 0, updated: 1, unchanged: 2, failed: 0 });
        const writes = zd.api.requests().filter((r) => r.method !== 'GET').slice(writesBefore);
        expect(writes).toHaveLength(1);
        expect(writes[0]).toMatchObject({ method: 'PUT', status: 200 });
        expect((await exportHistory(ws)).length).toBe(3);
      } finally {
        await zd.api.stop();
      }
    });

    it('retries a 429 honouring Retry-After and a 500, reports 401 and 422, and re-creates articles deleted remotely (404)', async () => {
      const zd = fakeZendesk();
      const baseUrl = await zd.api.start();
      const waits: number[] = [];
      try {
        const retry = { baseDelayMs: 1, sleep: async (ms: number) => void waits.push(ms) };
        zd.api.failNext('POST', /sections\/\d+\/articles/, { status: 429, headers: { 'retry-after': '2' }, body: { error: 'TooManyRequests' } });
        zd.api.failNext('POST', /translations\.json$/, { status: 500, body: { error: 'InternalError' } });
        const ok = await runExport(ws, { target: 'zendesk', sink: createZendeskSink({ baseUrl, email: 'admin@example.com', apiToken: 'zd-token' }, retry), articles: ARTICLES });
        expect(ok.counts.failed).toBe(0);
        expect(waits).toContain(2000);

        const denied = await runExport(ws, {
          target: 'zendesk',
          sink: createZendeskSink({ baseUrl, email: 'admin@example.com', apiToken: 'wrong' }, retry),
          articles: [article({ id: 'b1', title: 'New one' })],
        });
        expect(denied.items[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('401') });
        expect((await readMappings(ws, 'zendesk', baseUrl)).has('b1')).toBe(false);

        const blank = await runExport(ws, { target: 'zendesk', sink: createZendeskSink({ baseUrl, email: 'admin@example.com', apiToken: 'zd-token' }, retry), articles: [article({ id: 'b2', title: '' })] });
        expect(blank.items[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('422') });

        zd.articles.clear();
        const gone = await runExport(ws, { target: 'zendesk', sink: createZendeskSink({ baseUrl, email: 'admin@example.com', apiToken: 'zd-token' }, retry), articles: ARTICLES.map((a) => ({ ...a, summary: 'changed' })) });
        expect(gone.items.map((i) => [i.status, i.action, i.reason])).toEqual(ARTICLES.map(() => ['ok', 'create', 'missing']));
        expect(zd.articles.size).toBe(2);
      } finally {
        await zd.api.stop();
      }
    });

    it('refuses plain-HTTP remote URLs', () => {
      expect(() => createZendeskSink({ baseUrl: 'http://acme.zendesk.com', email: 'a', apiToken: 'b' })).toThrow(/HTTPS/);
    });
  });

  it('exports to Intercom with translated content, and to Freshdesk with translations', async () => {
    const ic = fakeIntercom();
    const fd = fakeFreshdesk();
    const [icUrl, fdUrl] = [await ic.api.start(), await fd.api.start()];
    try {
      const icReport = await runExport(ws, { target: 'intercom', sink: createIntercomSink({ baseUrl: icUrl, accessToken: 'ic-token' }, instant), articles: ARTICLES });
      expect(icReport.counts).toMatchObject({ created: 3, failed: 0 });
      const refund = [...ic.articles.values()].find((a) => a.title === 'Refund status');
      expect(refund?.translated_content['zh-CN']?.title).toBe('退款进度查询');
      expect(refund?.state).toBe('published');

      const fdReport = await runExport(ws, { target: 'freshdesk', sink: createFreshdeskSink({ baseUrl: fdUrl, apiKey: 'fd-key' }, instant), articles: ARTICLES });
      expect(fdReport.counts).toMatchObject({ created: 3, failed: 0 });
      expect([...fd.articles.values()].find((a) => a.title === 'Refund status')?.translations['zh-CN']?.title).toBe('退款进度查询');
      const update = await runExport(ws, { target: 'freshdesk', sink: createFreshdeskSink({ baseUrl: fdUrl, apiKey: 'fd-key' }, instant), articles: ARTICLES.map((a) => (a.id === 'a1-zh' ? { ...a, title: '退款到账查询' } : a)) });
      expect(update.counts).toMatchObject({ updated: 1, unchanged: 2 });
      expect([...fd.articles.values()].find((a) => a.title === 'Refund status')?.translations['zh-CN']?.title).toBe('退款到账查询');
    } finally {
      await ic.api.stop();
      await fd.api.stop();
    }
  });

  it('plans a dry run without writing anything', async () => {
    const out = join(dir, 'md');
    const report = await runExport(ws, { target: 'markdown', sink: createMarkdownSink(out), articles: ARTICLES, dryRun: true });
    expect(report.items.map((i) => i.status)).toEqual(['planned', 'planned', 'planned']);
    expect(report.counts.created).toBe(3);
    await expect(readdir(out)).rejects.toThrow();
    expect((await readMappings(ws, 'markdown', out)).size).toBe(0);
  });

  it('writes a Markdown docs folder that a second export leaves with the same structure', async () => {
    const out = join(dir, 'md');
    await runExport(ws, { target: 'markdown', sink: createMarkdownSink(out), articles: ARTICLES });
    const list = async () => (await readdir(out, { recursive: true })).sort();
    const first = await list();
    expect(first).toContain(join('docs', 'billing', 'refund-status.md'));
    expect(first).toContain(join('i18n', 'zh-CN', 'docusaurus-plugin-content-docs', 'current', '账单', 'refund-status.md'));
    const doc = await readFile(join(out, 'docs', 'billing', 'refund-status.md'), 'utf8');
    expect(doc).toMatch(/^---\nid: refund-status\ntitle: Refund status\n/);
    await runExport(ws, { target: 'markdown', sink: createMarkdownSink(out), articles: ARTICLES });
    expect(await list()).toEqual(first);
  });

  it('builds a static help center with sanitized content, relative links and no remote assets', async () => {
    const out = join(dir, 'site');
    await runExport(ws, { target: 'html', sink: createHtmlSiteSink(out), articles: ARTICLES });
    const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
    expect(files).toEqual(expect.arrayContaining(['index.html', join('en', 'index.html'), join('zh-CN', 'index.html'), join('en', 'billing', 'duplicate-charge.html')]));
    for (const file of files) {
      const html = await readFile(join(out, file), 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*src="[^"]*assets\/search(-index)?\.js")/);
      expect(html, file).not.toMatch(/\son\w+=/i);
      expect(html, file).not.toMatch(/javascript:/i);
      expect(html, file).not.toMatch(/(src|href)="(https?:)?\/\//);
      for (const [, link] of html.matchAll(/(?:src|href)="([^"#]+)"/g)) {
        if (!link!.startsWith('data:')) expect(relative(out, join(out, file, '..', link!)).startsWith('..'), `${file} -> ${link}`).toBe(false);
      }
    }
    const zh = await readFile(join(out, 'en', 'billing', 'refund-status.html'), 'utf8');
    expect(zh).toContain('../../zh-CN/');
  });

  it('writes Salesforce Knowledge import files: CSV, properties and a zip', async () => {
    const out = join(dir, 'sf');
    await runExport(ws, { target: 'salesforce', sink: createSalesforceSink(out), articles: ARTICLES });
    const csv = await readFile(join(out, 'articles.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('Title,Summary,UrlName,Language,IsMasterLanguage,ArticleMasterLanguage,channels,datacategorygroup.Topics,Answer__c');
    expect(csv).toContain('"zh_CN",0,"en_US"');
    expect(await readFile(join(out, 'import.properties'), 'utf8')).toContain('CSVEncoding=UTF8');
    const listing = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist()))', join(out, 'knowledge-import.zip')]).toString();
    expect(listing).toContain('articles.csv');
    expect(listing).toContain('import.properties');
    expect(await readFile(join(out, 'data', 'duplicate-charge-en_US.html'), 'utf8')).not.toContain('<script');
  });

  it('keeps the mapping consistent when an export is cancelled midway', async () => {
    const zd = fakeZendesk();
    const baseUrl = await zd.api.start();
    try {
      const controller = new AbortController();
      const report = await runExport(ws, {
        target: 'zendesk',
        sink: createZendeskSink({ baseUrl, email: 'admin@example.com', apiToken: 'zd-token' }, instant),
        articles: ARTICLES,
        signal: controller.signal,
        progress: (done) => {
          if (done === 1) controller.abort();
        },
      });
      expect(report.cancelled).toBe(true);
      const mapped = await readMappings(ws, 'zendesk', baseUrl);
      expect(mapped.size).toBe(report.items.filter((i) => i.status === 'ok').length);
      const resumed = await runExport(ws, { target: 'zendesk', sink: createZendeskSink({ baseUrl, email: 'admin@example.com', apiToken: 'zd-token' }, instant), articles: ARTICLES });
      expect(resumed.counts.created).toBe(3 - mapped.size);
      expect(zd.articles.size).toBe(2);
    } finally {
      await zd.api.stop();
    }
  });
});
