import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../../electron/core/api';
import { AppCore } from '../../../../electron/core/app-core';
import { createThreadJobRunner } from '../../../../electron/core/jobs/thread-runner';
import { addTranscripts } from '../../../../electron/core/transcripts/store';
import { toRow } from '../../../../electron/core/transcripts/row';
import type { EmbedStatus } from '../../../../shared/domain/embed';
import type { Job } from '../../../../shared/domain/jobs';
import type { SearchHit } from '../../../../shared/domain/search';
import { writeTestModel } from '../../../support/onnx/model-folder';

const banking = (
  parse(
    readFileSync(resolve(import.meta.dirname, '../../../../../shared/data/banking77/train.csv')),
    { columns: true },
  ) as Array<{ text: string; category: string }>
).filter((_, i) => i % 25 === 0);
const CHINESE = [
  '我想退货，物流信息一直没有更新',
  '信用卡账单上有一笔重复扣款',
  '我的卡还没有到，已经两个星期了',
  '怎么修改密码？',
];

async function value<T>(dispatch: Dispatch, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

describe('embed.workspace through IPC and the worker thread', () => {
  let dir: string;
  let core: AppCore;
  let dispatch: Dispatch;
  const jobs = new Map<string, Job>();

  const finished = (id: string) =>
    expect
      .poll(
        () =>
          ['done', 'failed', 'cancelled'].includes(jobs.get(id)?.state ?? '')
            ? jobs.get(id)
            : undefined,
        { timeout: 60_000 },
      )
      .toBeTruthy();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-embed-job-'));
    core = new AppCore({
      appDataDir: dir,
      runner: createThreadJobRunner(),
      emit: (event, payload) =>
        event === 'job:progress' && jobs.set((payload as Job).id, payload as Job),
    });
    const ws = await core.createWorkspace(join(dir, 'ws'));
    const inputs = [
      ...banking.map((r, i) => ({
        id: `b${i}`,
        channel: 'chat',
        language: 'en',
        turns: [
          { role: 'customer' as const, text: r.text },
          { role: 'agent' as const, text: 'Let me check that for you.' },
        ],
      })),
      ...CHINESE.map((text, i) => ({
        id: `z${i}`,
        channel: 'phone',
        language: 'zh',
        turns: [{ role: 'customer' as const, text }],
      })),
    ];
    await addTranscripts(
      ws,
      inputs.map((t) => toRow(t, 'test', 'import-1', { redact: false })),
    );
    dispatch = createDispatch(core);
  });

  afterAll(async () => {
    await core.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('says it is lexical-only before anything is embedded', async () => {
    const status = await value<EmbedStatus>(dispatch, 'embed:status', {});
    expect(status).toMatchObject({ activeModel: 'lexical', lexicalOnly: true, documents: 0 });
    expect(await value<SearchHit[]>(dispatch, 'search:query', { query: 'card' })).toEqual([]);
  });

  it('embeds the transcripts with the lexical embedder and answers in both languages', async () => {
    const job = await value<Job>(dispatch, 'embed:start', { model: 'lexical' });
    await finished(job.id);
    expect(jobs.get(job.id)).toMatchObject({
      state: 'done',
      done: banking.length + CHINESE.length,
    });
    const status = await value<EmbedStatus>(dispatch, 'embed:status', {});
    expect(status).toMatchObject({
      activeModel: 'lexical',
      lexicalOnly: true,
      documents: banking.length + CHINESE.length,
      dimension: 512,
      building: null,
    });
    const zh = await value<SearchHit[]>(dispatch, 'search:query', { query: '退货', limit: 3 });
    expect(zh[0]).toMatchObject({ kind: 'transcript', id: 'test:z0', language: 'zh' });
    const en = await value<SearchHit[]>(dispatch, 'search:query', {
      query: 'card arrived',
      limit: 5,
      filters: { language: 'en' },
    });
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((h) => h.language === 'en')).toBe(true);
    const similar = await value<SearchHit[]>(dispatch, 'search:similar', {
      kind: 'transcript',
      id: 'test:z2',
      limit: 2,
    });
    expect(similar.map((h) => h.id)).not.toContain('test:z2');
  });

  it('imports a model folder, re-embeds with it, then switches search and the setting over', async () => {
    const folder = join(dir, 'usb', 'tiny-bert');
    await writeTestModel(folder);
    const imported = await value<{ id: string; job: Job }>(dispatch, 'embed:importModel', {
      dir: folder,
    });
    expect(imported.id).toBe('local/tiny-bert');
    await finished(imported.job.id);
    expect(jobs.get(imported.job.id)?.state).toBe('done');
    await expect
      .poll(() => core.requireWorkspace().settings().embeddingModel)
      .toBe('local/tiny-bert');
    const status = await value<EmbedStatus>(dispatch, 'embed:status', {});
    expect(status).toMatchObject({
      activeModel: 'local/tiny-bert',
      lexicalOnly: false,
      dimension: 32,
      documents: banking.length + CHINESE.length,
    });
    const models = await value<Array<{ id: string; active: boolean; status: string }>>(
      dispatch,
      'embed:models',
      {},
    );
    expect(models.find((m) => m.id === 'local/tiny-bert')).toMatchObject({
      active: true,
      status: 'installed',
    });
    // The query is embedded with the same generated model; full text still finds the Chinese word.
    const zh = await value<SearchHit[]>(dispatch, 'search:query', { query: '退货', limit: 3 });
    expect(zh.map((h) => h.id)).toContain('test:z0');
  });

  it('keeps the current model when a re-embed is cancelled', async () => {
    const job = await value<Job>(dispatch, 'embed:start', { model: 'lexical' });
    await value(dispatch, 'jobs:cancel', { id: job.id });
    await finished(job.id);
    expect(['cancelled', 'done']).toContain(jobs.get(job.id)?.state);
    if (jobs.get(job.id)?.state === 'cancelled') {
      const status = await value<EmbedStatus>(dispatch, 'embed:status', {});
      expect(status).toMatchObject({ activeModel: 'local/tiny-bert', building: null });
      expect(core.requireWorkspace().settings().embeddingModel).toBe('local/tiny-bert');
    }
  });

  it('rejects a broken folder with the list of what is missing, and a download without consent', async () => {
    const broken = join(dir, 'usb', 'broken');
    await writeTestModel(broken, { omit: ['onnx/model_quantized.onnx'] });
    const result = await dispatch('embed:importModel', { dir: broken });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'E_MODEL',
      message: expect.stringMatching(/missing onnx\/model_quantized\.onnx/),
    });
    const download = await dispatch('embed:download', { id: 'Xenova/multilingual-e5-small' });
    expect(download.ok ? null : download.error.code).toBe('E_FORBIDDEN');
  });
});
