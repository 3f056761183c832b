import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMappings } from '../../electron/core/export/mapping';
import { runExport } from '../../electron/core/export/run';
import { createSalesforceSink } from '../../electron/core/export/targets/salesforce';
import type { ExportArticle } from '../../electron/core/export/types';
import { Workspace } from '../../electron/core/workspace/workspace';
import { exportArticle } from '../support/export-article';

const article = (over: Partial<ExportArticle> & Pick<ExportArticle, 'id' | 'title'>): ExportArticle =>
  exportArticle({ html: '<p>Open <strong>Settings</strong>.</p>', markdown: 'Open **Settings**.', ...over });

const REFUND = article({ id: 'a1', title: 'Refund status' });
const CHARGE = article({ id: 'a2', title: 'Duplicate charge' });
const REFUND_ZH = article({ id: 'a1-zh', title: '退款进度查询', slug: 'refund-status', language: 'zh-CN', translationOf: 'a1', html: '<p>打开设置。</p>' });
const ARTICLES = [REFUND, CHARGE, REFUND_ZH];

/** What a Salesforce list view or report of Knowledge articles exports, saved over the file Gleaner wrote. */
const SALESFORCE_REPORT = '\ufeff"Article Number","URL Name","Title"\n"000001001","refund-status","Refund status"\n"000001002","duplicate-charge","Duplicate charge"\n';

describe('Salesforce Knowledge import files across exports', () => {
  let dir: string;
  let out: string;
  let ws: Workspace;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-export-sf-'));
    out = join(dir, 'sf');
    ws = await Workspace.create(join(dir, 'ws'));
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  const run = (articles: readonly ExportArticle[], signal?: AbortSignal, progress?: (done: number) => void) =>
    runExport(ws, { target: 'salesforce', sink: createSalesforceSink(out), articles, signal, progress });
  const csvLines = async () => (await readFile(join(out, 'articles.csv'), 'utf8')).trimEnd().split('\n');
  const zipped = () =>
    execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist()))', join(out, 'knowledge-import.zip')])
      .toString()
      .trim()
      .split('\n');

  it('a changed article goes into the next file alone, with the ArticleNumber that makes the import update it', async () => {
    await run(ARTICLES);
    expect(await csvLines()).toHaveLength(4);
    expect(await readFile(join(out, 'article-numbers.csv'), 'utf8')).toBe('UrlName,ArticleNumber,Title\n"refund-status","","Refund status"\n"duplicate-charge","","Duplicate charge"\n');

    await writeFile(join(out, 'article-numbers.csv'), SALESFORCE_REPORT);
    const changed = [REFUND, { ...CHARGE, html: '<p>Check your statement, then contact us.</p>' }, REFUND_ZH];
    const report = await run(changed);
    expect(report.items.map((i) => [i.articleId, i.action, i.status])).toEqual([
      ['a1', 'unchanged', 'ok'],
      ['a2', 'update', 'ok'],
      ['a1-zh', 'unchanged', 'ok'],
    ]);
    expect(await csvLines()).toEqual([
      'ArticleNumber,Title,Summary,UrlName,Language,channels,datacategorygroup.Topics,Answer__c',
      '"000001002","Duplicate charge","About Duplicate charge","duplicate-charge","en_US","application+sites+csp","billing","data/duplicate-charge-en_US.html"',
    ]);
    expect(zipped()).toEqual(['articles.csv', 'import.properties', 'data/duplicate-charge-en_US.html']);
    expect((await readMappings(ws, 'salesforce', out)).get('a2')?.external_id).toBe('duplicate-charge/en_US#000001002');
    expect(await readFile(join(out, 'article-numbers.csv'), 'utf8')).toContain('"duplicate-charge","000001002","Duplicate charge"');

    // Nothing changed: the package holds no article, so importing it again changes nothing.
    expect((await run(changed)).counts).toMatchObject({ unchanged: 3, created: 0, updated: 0 });
    expect(await csvLines()).toHaveLength(1);
  });

  it('without the number recorded, a changed article fails with what to do and stays out of the file', async () => {
    await run(ARTICLES);
    const edited = { ...CHARGE, title: 'Charged twice' };
    const report = await run([REFUND, edited, REFUND_ZH]);
    expect(report.items[1]).toMatchObject({ articleId: 'a2', status: 'failed', error: expect.stringContaining('ArticleNumber in article-numbers.csv') });
    expect(await csvLines()).toHaveLength(1);

    await writeFile(join(out, 'article-numbers.csv'), SALESFORCE_REPORT);
    const retried = await run([REFUND, edited, REFUND_ZH]);
    expect(retried.items[1]).toMatchObject({ action: 'update', status: 'ok' });
    expect((await csvLines())[1]).toMatch(/^"000001002","Charged twice",.*"duplicate-charge"/);
  });

  it('a changed translation follows its source-language article, both under the article number they share', async () => {
    await run(ARTICLES);
    await writeFile(join(out, 'article-numbers.csv'), SALESFORCE_REPORT);
    await run([REFUND, CHARGE, { ...REFUND_ZH, title: '退款到账查询' }]);
    expect(await csvLines()).toEqual([
      'ArticleNumber,Title,Summary,UrlName,Language,IsMasterLanguage,ArticleMasterLanguage,channels,datacategorygroup.Topics,Answer__c',
      '"000001001","Refund status","About Refund status","refund-status","en_US",1,"","application+sites+csp","billing","data/refund-status-en_US.html"',
      '"000001001","退款到账查询","About 退款进度查询","refund-status","zh_CN",0,"en_US","application+sites+csp","billing","data/refund-status-zh_CN.html"',
    ]);
  });

  it('a cancelled export writes no package and records nothing, so the next one sends every article', async () => {
    const controller = new AbortController();
    const cancelled = await run(ARTICLES, controller.signal, (done) => done === 1 && controller.abort());
    expect(cancelled.cancelled).toBe(true);
    expect((await readMappings(ws, 'salesforce', out)).size).toBe(0);
    expect((await run(ARTICLES)).counts).toMatchObject({ created: 3 });
    expect(await csvLines()).toHaveLength(4);
  });
});
