import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../../electron/core/api';
import { AppCore } from '../../../../electron/core/app-core';
import { markdownToLexical } from '../../../../electron/core/articles/convert';
import { InlineJobRunner } from '../../../../electron/core/jobs/inline-runner';
import type { Article, ImportReport } from '../../../../shared/domain/article';
import { isJobFinished, type Job } from '../../../../shared/domain/jobs';

// The smallest valid PNG (1×1, transparent).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('articles over IPC', () => {
  let dir: string;
  let core: AppCore;
  let dispatch: Dispatch;
  const jobs: Job[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-articles-ipc-'));
    core = new AppCore({
      appDataDir: dir,
      runner: new InlineJobRunner(async () => core.requireWorkspace()),
      emit: (event, payload) => event === 'job:progress' && jobs.push(payload as Job),
    });
    await core.createWorkspace(join(dir, 'ws'));
    dispatch = createDispatch(core);
  });
  afterEach(async () => {
    await core.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };

  it('creates as the current person, autosaves, and answers a stale save with E_CONFLICT and both versions', async () => {
    const person = await ok<{ id: string }>('people:current', {});
    const article = await ok<Article>('articles:create', { title: '如何重置密码', language: 'zh-CN' });
    expect(article).toMatchObject({ owner: person.id, updatedBy: person.id, slug: '如何重置密码' });
    const saved = await ok<Article>('articles:save', { id: article.id, baseVersion: 1, content: markdownToLexical('打开**设置**。'), autosave: true });
    expect(saved.version).toBe(2);
    const stale = await dispatch('articles:save', { id: article.id, baseVersion: 1, content: markdownToLexical('旧的内容') });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('E_CONFLICT');
    expect(stale.error.details).toMatchObject({ theirs: { version: 2, text: '打开设置。' } });
    const bad = await dispatch('articles:save', { id: article.id, baseVersion: 2, content: { root: { type: 'root', children: [{ type: 'nope' }] } } });
    expect(bad.ok || bad.error.code).toBe('E_PARSE');
    expect(await ok<string>('articles:export', { id: article.id, format: 'markdown' })).toBe('打开**设置**。');
  });

  it('stores pasted images in the workspace by content, serves them back, and refuses big or fake ones', async () => {
    const put = await ok<{ src: string; bytes: number }>('articles:putImage', { base64: PNG.toString('base64') });
    expect(put.src).toMatch(/^gleaner-media:[a-f0-9]{64}\.png$/);
    await ok('articles:putImage', { base64: PNG.toString('base64') });
    expect(await readdir(join(core.requireWorkspace().dir, 'media'))).toHaveLength(1);
    const served = await ok<{ dataUrl: string }>('articles:image', { src: put.src });
    expect(served.dataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    const fake = await dispatch('articles:putImage', { base64: Buffer.from('<svg onload=alert(1)>').toString('base64') });
    expect(fake.ok || fake.error.code).toBe('E_VALIDATION');
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await dispatch('articles:putImage', { base64: big.toString('base64') });
    expect(tooBig.ok || tooBig.error.code).toBe('E_VALIDATION');
    const escape = await dispatch('articles:image', { src: 'gleaner-media:../../manifest.json' });
    expect(escape.ok || escape.error.code).toBe('E_VALIDATION');
  });

  it('imports a folder as a job with progress and a report', async () => {
    const kb = join(dir, 'kb');
    await mkdir(kb);
    await writeFile(join(kb, 'a.md'), '---\ntitle: Card arrival\ntags: cards, delivery\n---\nCards arrive in 5 days.\n');
    await writeFile(join(kb, 'b.html'), '<title>Lost card</title><p>Freeze it in the app.</p>');
    const job = await ok<Job>('articles:import', { dir: kb });
    await expect.poll(() => jobs.find((j) => j.id === job.id && isJobFinished(j))?.state).toBe('done');
    const report = jobs.find((j) => j.id === job.id && j.state === 'done')?.result as ImportReport;
    expect(report.created.map((c) => c.title).sort()).toEqual(['Card arrival', 'Lost card']);
    const list = await ok<Array<{ title: string; tags: string[] }>>('articles:list', { query: 'card' });
    expect(list.find((a) => a.title === 'Card arrival')?.tags).toEqual(['cards', 'delivery']);
  });
});
