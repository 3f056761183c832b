import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../../../../electron/core/embed/embedder';
import { buildAnnIndex, hasAnnIndex } from '../../../../electron/core/search/ann';
import { openSearchTable } from '../../../../electron/core/search/connection';
import { searchDocuments } from '../../../../electron/core/search/query';
import { readSearchState, writeSearchState } from '../../../../electron/core/search/state';
import { SearchTableWriter } from '../../../../electron/core/search/writer';
import { Workspace } from '../../../../electron/core/workspace/workspace';
import { LexicalEmbedder } from '../../../../electron/core/embed/lexical/embedder';

describe('the ANN index', () => {
  let dir: string;
  let ws: Workspace;
  let table: string;
  const embedder: Embedder = new LexicalEmbedder();
  const texts = Array.from(
    { length: 3000 },
    (_, i) => `ticket ${i} about topic${i % 37} and item${i % 101}`,
  );

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-ann-'));
    ws = await Workspace.create(join(dir, 'ws'));
    const writer = await SearchTableWriter.create(ws, 'lexical', embedder.dimension);
    const docs = texts.map((text, i) => ({ kind: 'transcript' as const, id: `t${i}`, text }));
    await writer.add(docs, await embedder.embedPassages(texts));
    const { documents } = await writer.finish();
    table = writer.name;
    await writeSearchState(ws.dir, {
      version: 1,
      active: {
        model: 'lexical',
        table,
        dimension: 512,
        documents,
        annIndex: false,
        builtAt: new Date().toISOString(),
      },
      building: null,
    });
  });

  afterAll(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'answers the same top hit flat, while the index builds, and with it',
    { timeout: 120_000 },
    async () => {
      const query = 'ticket 1234 about topic13 and item22';
      const flat = await searchDocuments(ws, { query, mode: 'vector', limit: 5 });
      expect(flat[0]!.id).toBe('t1234');
      const t = await openSearchTable(ws, table);
      expect(await hasAnnIndex(t)).toBe(false);
      const building = buildAnnIndex(t, texts.length);
      const during = await searchDocuments(ws, { query, mode: 'vector', limit: 5 });
      expect(during[0]!.id).toBe('t1234');
      await building;
      expect(await hasAnnIndex(t)).toBe(true);
      const indexed = await searchDocuments(ws, { query, limit: 5 });
      expect(indexed[0]!.id).toBe('t1234');
      expect((await readSearchState(ws.dir)).active!.table).toBe(table);
    },
  );
});
