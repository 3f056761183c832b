import { rm } from 'node:fs/promises';
import { writeFileAtomic } from '../util/fs';
import { GleanerError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import type { SearchDocument } from '../search/document';
import { indexedText } from '../search/rows';
import {
  idfPath,
  isBuildAlive,
  readSearchState,
  thisProcess,
  writeSearchState,
  type SearchBuild,
} from '../search/state';
import { dropSearchTable } from '../search/connection';
import { SearchTableWriter } from '../search/writer';
import type { Embedder } from './embedder';
import { LexicalEmbedder } from './lexical/embedder';
import { serializeIdf } from './lexical/idf';

export type Progress = (done: number, total: number, phase: string) => void;

export interface IndexOptions {
  /** How many documents the source will yield, for progress; 0 when unknown. */
  total?: number;
  /** Texts per embedder call (a neural embedder sorts a call's texts by length to pad less). */
  batchSize?: number;
}

const cancelled = (): GleanerError =>
  new GleanerError('E_CANCELLED', 'Embedding was cancelled; the previous index is still in use.');

/**
 * Embeds every document into a new search table and makes it the active one only once it is
 * complete (indexes built): until then, and if this is cancelled or fails, searches keep using
 * the previous table. Returns the build now in use.
 */
export async function indexDocuments(
  ws: Workspace,
  embedder: Embedder,
  docs: AsyncIterable<readonly SearchDocument[]>,
  progress: Progress,
  signal: AbortSignal,
  options: IndexOptions = {},
): Promise<SearchBuild> {
  const batchSize = options.batchSize ?? 256;
  const total = options.total ?? 0;
  const { building: stale, active } = await readSearchState(ws.dir);
  // A build whose process was killed left its half-written table: nothing will ever finish it.
  if (stale && !isBuildAlive(stale) && stale.table !== active?.table) {
    await dropSearchTable(ws, stale.table).catch(() => undefined);
    await rm(idfPath(ws.dir, stale.table), { force: true });
  }
  const writer = await SearchTableWriter.create(ws, embedder.id, embedder.dimension);
  const before = await readSearchState(ws.dir);
  await writeSearchState(ws.dir, {
    ...before,
    building: {
      model: embedder.id,
      table: writer.name,
      startedAt: new Date().toISOString(),
      ...thisProcess(),
    },
  });
  // The table write of one slice runs while the next slice is embedded (LanceDB writes on its
  // own threads); writes stay in order, one at a time.
  let writing: Promise<void> = Promise.resolve();
  try {
    let done = 0;
    progress(0, total, 'embed');
    for await (const batch of docs) {
      for (let i = 0; i < batch.length; i += batchSize) {
        if (signal.aborted) throw cancelled();
        const slice = batch.slice(i, i + batchSize);
        const vectors = await embedder.embedPassages(slice.map(indexedText));
        await writing;
        writing = writer.add(slice, vectors);
        // Keeps a failed write from being an unhandled rejection until it is awaited.
        writing.catch(() => undefined);
        done += slice.length;
        progress(done, Math.max(total, done), 'embed');
      }
    }
    await writing;
    if (signal.aborted) throw cancelled();
    progress(done, Math.max(total, done), 'index');
    const { documents, annIndex } = await writer.finish();
    if (signal.aborted) throw cancelled();
    if (embedder instanceof LexicalEmbedder)
      await writeFileAtomic(idfPath(ws.dir, writer.name), serializeIdf(embedder.idf));
    const build: SearchBuild = {
      model: embedder.id,
      table: writer.name,
      dimension: embedder.dimension,
      documents,
      annIndex,
      builtAt: new Date().toISOString(),
    };
    const previous = (await readSearchState(ws.dir)).active;
    await writeSearchState(ws.dir, { version: 1, active: build, building: null });
    if (previous && previous.table !== build.table) {
      await dropSearchTable(ws, previous.table).catch(() => undefined);
      await rm(idfPath(ws.dir, previous.table), { force: true });
    }
    progress(documents, Math.max(total, documents), 'done');
    return build;
  } catch (error) {
    await writing.catch(() => undefined);
    await writer.abort().catch(() => undefined);
    const now = await readSearchState(ws.dir);
    if (now.building?.table === writer.name)
      await writeSearchState(ws.dir, { ...now, building: null });
    throw error;
  }
}
