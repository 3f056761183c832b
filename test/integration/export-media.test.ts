import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { putImage } from '../../electron/core/articles/media';
import { workspaceMedia } from '../../electron/core/export/media';
import { runExport } from '../../electron/core/export/run';
import { createSink } from '../../electron/core/export/sinks';
import type { ExportArticle } from '../../electron/core/export/types';
import { Workspace } from '../../electron/core/workspace/workspace';
import { fakeZendesk } from '../support/fake-helpcenters/zendesk';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('images in file exports', () => {
  let dir: string;
  let ws: Workspace;
  let src: string;
  let name: string;
  const article = (over: Partial<ExportArticle>): ExportArticle => ({
    id: 'a1', slug: 'pin-reset', title: 'Reset a PIN', language: 'en', category: 'Cards', section: 'Cards', tags: [], summary: '',
    html: `<p>Tap here:</p><p><img src="${src}" alt="The reset button"></p>`,
    markdown: `Tap here:\n\n![The reset button](${src})\n`,
    updatedAt: '2026-11-20T00:00:00.000Z', translationOf: null, ...over,
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-export-media-'));
    ws = await Workspace.create(join(dir, 'ws'));
    src = (await putImage(ws, PNG)).src;
    name = src.replace('gleaner-media:', '');
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('copies workspace images next to the static help center and links them relatively', async () => {
    const out = join(dir, 'site');
    await runExport(ws, { target: 'html', sink: createSink({ target: 'html', outDir: out, media: workspaceMedia(ws) }), articles: [article({})] });
    const page = await readFile(join(out, 'en', 'cards', 'pin-reset.html'), 'utf8');
    expect(page).toContain(`<img src="../../assets/media/${name}" alt="The reset button">`);
    expect(page).not.toContain('gleaner-media:');
    expect(await readFile(join(out, 'assets', 'media', name))).toEqual(PNG);
  });

  it('copies images into each docs tree of a Markdown export', async () => {
    const out = join(dir, 'md');
    const zh = article({ id: 'a1-zh', title: '重置 PIN', language: 'zh-CN', translationOf: 'a1' });
    await runExport(ws, { target: 'markdown', sink: createSink({ target: 'markdown', outDir: out, media: workspaceMedia(ws) }), articles: [article({}), zh] });
    expect(await readFile(join(out, 'docs', 'cards', 'pin-reset.md'), 'utf8')).toContain(`![The reset button](../assets/${name})`);
    expect(await readFile(join(out, 'docs', 'assets', name))).toEqual(PNG);
    expect(await readFile(join(out, 'i18n', 'zh-CN', 'docusaurus-plugin-content-docs', 'current', 'assets', name))).toEqual(PNG);
  });

  it('puts images in the Salesforce import package beside the article bodies', async () => {
    const out = join(dir, 'sf');
    await runExport(ws, { target: 'salesforce', sink: createSink({ target: 'salesforce', outDir: out, media: workspaceMedia(ws) }), articles: [article({})] });
    expect(await readFile(join(out, 'data', 'pin-reset-en_US.html'), 'utf8')).toContain(`src="images/${name}"`);
    expect(await readFile(join(out, 'data', 'images', name))).toEqual(PNG);
    const listing = execFileSync('python3', ['-c', 'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', join(out, 'knowledge-import.zip')]).toString();
    expect(listing).toContain(`data/images/${name}`);
  });

  it('reports an article whose image is missing from the workspace as failed', async () => {
    const out = join(dir, 'site');
    const report = await runExport(ws, {
      target: 'html',
      sink: createSink({ target: 'html', outDir: out, media: workspaceMedia(ws) }),
      articles: [article({ html: `<img src="gleaner-media:${'b'.repeat(64)}.png">` })],
    });
    expect(report.items[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('missing') });
  });
});

describe('images and help-center APIs', () => {
  it('fails an article with workspace images instead of publishing broken pictures', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gleaner-export-media-api-'));
    const ws = await Workspace.create(join(dir, 'ws'));
    const zd = fakeZendesk();
    const baseUrl = await zd.api.start();
    try {
      const sink = createSink({ target: 'zendesk', credentials: { target: 'zendesk', credentials: { baseUrl, email: 'admin@example.com', apiToken: 'zd-token' } } });
      const base = { slug: 's', language: 'en', category: 'C', section: 'C', tags: [], summary: '', markdown: '', updatedAt: '2026-11-20T00:00:00.000Z', translationOf: null };
      const report = await runExport(ws, {
        target: 'zendesk',
        sink,
        articles: [
          { ...base, id: 'text', title: 'Text only', html: '<p>Words.</p>' },
          { ...base, id: 'pic', title: 'With a picture', html: `<p><img src="gleaner-media:${'c'.repeat(64)}.png"></p>` },
        ],
      });
      expect(report.items.map((i) => [i.articleId, i.status])).toEqual([['text', 'ok'], ['pic', 'failed']]);
      expect(report.items[1]!.error).toMatch(/uploading images to Zendesk is not supported/);
      expect(zd.articles.size).toBe(1);
    } finally {
      await zd.api.stop();
      ws.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
