import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexDocuments } from '../../../../electron/core/embed/index-documents';
import { LexicalEmbedder } from '../../../../electron/core/embed/lexical/embedder';
import { IdfFitter } from '../../../../electron/core/embed/lexical/idf';
import { searchConnection } from '../../../../electron/core/search/connection';
import type { SearchDocument } from '../../../../electron/core/search/document';
import { searchDocuments, similarDocuments } from '../../../../electron/core/search/query';
import { readSearchState } from '../../../../electron/core/search/state';
import { removeDocuments, upsertDocuments } from '../../../../electron/core/search/update';
import { Workspace } from '../../../../electron/core/workspace/workspace';

const DOCS: SearchDocument[] = [
  {
    kind: 'transcript',
    id: 't1',
    text: 'My new card has not arrived yet, it has been two weeks.',
    language: 'en',
    channel: 'chat',
  },
  {
    kind: 'transcript',
    id: 't2',
    text: 'I was charged twice for the same coffee purchase.',
    language: 'en',
    channel: 'email',
  },
  {
    kind: 'transcript',
    id: 't3',
    text: 'How do I reset my PIN? The app says my PIN is blocked.',
    language: 'en',
    channel: 'chat',
  },
  {
    kind: 'transcript',
    id: 't4',
    text: '我想退货，物流信息一直没有更新。',
    language: 'zh',
    channel: 'chat',
  },
  {
    kind: 'transcript',
    id: 't5',
    text: '信用卡账单上有一笔重复扣款，请帮我查一下。',
    language: 'zh',
    channel: 'phone',
  },
  {
    kind: 'article',
    id: 'a1',
    title: 'Card delivery times',
    text: 'New cards arrive within 5 to 10 working days. Track the delivery in the app.',
    language: 'en',
  },
  {
    kind: 'article',
    id: 'a2',
    title: '如何退货',
    text: '在订单页面点击退货，填写原因，快递员会上门取件。',
    language: 'zh',
  },
  {
    kind: 'transcript',
    id: 't6',
    text: 'Where is my card? Still waiting for the card to arrive.',
    language: 'en',
    channel: 'chat',
  },
];

async function* batches(
  docs: readonly SearchDocument[],
  size = 3,
): AsyncGenerator<SearchDocument[]> {
  for (let i = 0; i < docs.length; i += size) yield docs.slice(i, i + size);
}

const fitted = (docs: readonly SearchDocument[]): LexicalEmbedder => {
  const fitter = new IdfFitter();
  fitter.add(docs.map((d) => d.text));
  return new LexicalEmbedder(fitter.finish());
};

describe('hybrid search on a real LanceDB workspace', () => {
  let dir: string;
  let ws: Workspace;
  const phases = new Set<string>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-search-'));
    ws = await Workspace.create(join(dir, 'ws'));
    await indexDocuments(
      ws,
      fitted(DOCS),
      batches(DOCS),
      (_d, _t, phase) => phases.add(phase),
      new AbortController().signal,
      { total: DOCS.length, batchSize: 2 },
    );
  });

  afterAll(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('records the build and reports its phases', async () => {
    const state = await readSearchState(ws.dir);
    expect(state.active).toMatchObject({
      model: 'lexical',
      documents: DOCS.length,
      dimension: 512,
      annIndex: false,
    });
    expect(state.building).toBeNull();
    expect([...phases]).toEqual(['embed', 'index', 'done']);
  });

  it('finds English documents with highlighted snippets', async () => {
    const hits = await searchDocuments(ws, { query: 'card not arrived', limit: 3 });
    expect(hits.map((h) => h.id)).toContain('t1');
    expect(hits[0]!.id === 't1' || hits[0]!.id === 't6').toBe(true);
    const t1 = hits.find((h) => h.id === 't1')!;
    expect(t1.highlights.map(([s, e]) => t1.snippet.slice(s, e).toLowerCase())).toEqual(
      expect.arrayContaining(['card', 'arrived']),
    );
  });

  it('finds Chinese documents, including a word the segmenter splits apart', async () => {
    const hits = await searchDocuments(ws, { query: '退货', limit: 3 });
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.id)
        .sort(),
    ).toEqual(['a2', 't4']);
    expect(hits[0]!.highlights.length).toBeGreaterThan(0);
  });

  it('applies kind and metadata filters on both sides', async () => {
    const articles = await searchDocuments(ws, { query: 'card delivery', kinds: ['article'] });
    expect(articles.every((h) => h.kind === 'article')).toBe(true);
    expect(articles[0]!.id).toBe('a1');
    expect(articles[0]!.title).toBe('Card delivery times');
    const zhChat = await searchDocuments(ws, {
      query: '退货 扣款',
      filters: { language: 'zh', channel: 'chat' },
    });
    expect(zhChat.map((h) => h.id)).toEqual(['t4']);
  });

  it('answers with one side only when asked', async () => {
    const text = await searchDocuments(ws, { query: 'PIN blocked', mode: 'text' });
    expect(text[0]!.id).toBe('t3');
    const vector = await searchDocuments(ws, { query: 'PIN blocked', mode: 'vector', limit: 2 });
    expect(vector[0]!.id).toBe('t3');
  });

  it('lists similar documents of the same kind, without the document itself', async () => {
    const similar = await similarDocuments(ws, { kind: 'transcript', id: 't1', limit: 3 });
    expect(similar[0]!.id).toBe('t6');
    expect(similar.every((h) => h.kind === 'transcript' && h.id !== 't1')).toBe(true);
    const related = await similarDocuments(ws, {
      kind: 'transcript',
      id: 't1',
      kinds: ['article'],
      limit: 1,
    });
    expect(related.map((h) => h.id)).toEqual(['a1']);
    await expect(similarDocuments(ws, { kind: 'article', id: 'nope' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
  });

  it('updates and removes single documents in the live index', async () => {
    expect(
      await upsertDocuments(ws, [
        {
          kind: 'article',
          id: 'a3',
          title: 'Reset your PIN',
          text: 'Open Settings, then Security, then Reset PIN.',
        },
      ]),
    ).toBe(true);
    const hits = await searchDocuments(ws, { query: 'reset PIN', kinds: ['article'] });
    expect(hits[0]!.id).toBe('a3');
    await removeDocuments(ws, 'article', ['a3']);
    expect(
      (await searchDocuments(ws, { query: 'reset PIN', kinds: ['article'] })).map((h) => h.id),
    ).not.toContain('a3');
  });

  it('keeps the previous index when a rebuild is cancelled, and swaps only when one completes', async () => {
    const before = (await readSearchState(ws.dir)).active!;
    const controller = new AbortController();
    const slow = async function* () {
      yield DOCS.slice(0, 4);
      controller.abort();
      yield DOCS.slice(4);
    };
    await expect(
      indexDocuments(ws, fitted(DOCS), slow(), () => undefined, controller.signal),
    ).rejects.toMatchObject({ code: 'E_CANCELLED' });
    const after = await readSearchState(ws.dir);
    expect(after.active).toEqual(before);
    expect(after.building).toBeNull();
    const tables = await (await searchConnection(ws)).tableNames();
    expect(tables.filter((t) => t.startsWith('search_'))).toEqual([before.table]);
    expect((await searchDocuments(ws, { query: '退货' })).length).toBeGreaterThan(0);

    const rebuilt = await indexDocuments(
      ws,
      fitted(DOCS.slice(0, 3)),
      batches(DOCS.slice(0, 3)),
      () => undefined,
      new AbortController().signal,
    );
    expect(rebuilt.table).not.toBe(before.table);
    expect((await readSearchState(ws.dir)).active!.documents).toBe(3);
    expect(
      (await (await searchConnection(ws)).tableNames()).filter((t) => t.startsWith('search_')),
    ).toEqual([rebuilt.table]);
    expect(await readdir(join(ws.dir, 'embeddings'))).toEqual([`${rebuilt.table}.idf.json`]);
  });
});

describe('an empty build', () => {
  it('answers with no hits, then finds documents upserted into it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gleaner-search-empty-'));
    const ws = await Workspace.create(join(dir, 'ws'));
    try {
      const build = await indexDocuments(
        ws,
        new LexicalEmbedder(),
        batches([]),
        () => undefined,
        new AbortController().signal,
      );
      expect(build.documents).toBe(0);
      expect(await searchDocuments(ws, { query: 'card' })).toEqual([]);
      await upsertDocuments(ws, [
        { kind: 'article', id: 'a1', title: 'Cards', text: 'Where is my card' },
      ]);
      expect((await searchDocuments(ws, { query: 'card' })).map((h) => h.id)).toEqual(['a1']);
    } finally {
      ws.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
