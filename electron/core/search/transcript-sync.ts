import type { Workspace } from '../workspace/workspace';
import { TRANSCRIPT_COLUMNS, transcriptDocument } from '../embed/sources';
import { iterateTranscripts } from '../transcripts/store';
import { openSearchTable } from './connection';
import type { SearchDocument } from './document';
import type { SearchBuild } from './state';
import { removeDocuments, upsertDocuments } from './update';

/** More new conversations than this are left to a full re-embedding job rather than embedded inline. */
export const MAX_INLINE_TRANSCRIPTS = 2000;
const IN_CHUNK = 500;

const syncedAt = new Map<string, number>();
const running = new Map<string, Promise<TranscriptSyncResult>>();

export interface TranscriptSyncResult {
  added: number;
  removed: number;
  /** New conversations not embedded here because there are too many: a rebuild should run. */
  backlog: number;
}

const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;

async function storedKeys(ws: Workspace): Promise<Set<string>> {
  const keys = new Set<string>();
  for await (const rows of iterateTranscripts(ws, ['key'], 20_000))
    for (const row of rows) if (typeof row.key === 'string') keys.add(row.key);
  return keys;
}

async function readDocuments(ws: Workspace, keys: readonly string[]): Promise<SearchDocument[]> {
  const table = await ws.table('transcripts');
  const docs: SearchDocument[] = [];
  for (let i = 0; i < keys.length; i += IN_CHUNK) {
    const rows = (await table
      .query()
      .where(`key IN (${keys.slice(i, i + IN_CHUNK).map(sql).join(',')})`)
      .select(TRANSCRIPT_COLUMNS)
      .toArray()) as Array<Record<string, unknown>>;
    for (const row of rows) {
      const doc = transcriptDocument(row);
      if (doc) docs.push(doc);
    }
  }
  return docs;
}

async function sync(ws: Workspace, build: SearchBuild, key: string): Promise<TranscriptSyncResult> {
  const version = await (await ws.table('transcripts')).version();
  if (syncedAt.get(key) === version) return { added: 0, removed: 0, backlog: 0 };
  const stored = await storedKeys(ws);
  const table = await openSearchTable(ws, build.table);
  const indexed = new Set(
    ((await table.query().where("kind = 'transcript'").select(['id']).toArray()) as Array<{
      id: string;
    }>).map((row) => row.id),
  );
  const missing = [...stored].filter((id) => !indexed.has(id));
  const gone = [...indexed].filter((id) => !stored.has(id));
  if (gone.length > 0) await removeDocuments(ws, 'transcript', gone);
  let added = 0;
  if (missing.length <= MAX_INLINE_TRANSCRIPTS && missing.length > 0) {
    const docs = await readDocuments(ws, missing);
    for (let i = 0; i < docs.length; i += 256) await upsertDocuments(ws, docs.slice(i, i + 256));
    added = docs.length;
  }
  syncedAt.set(key, version);
  return {
    added,
    removed: gone.length,
    backlog: missing.length > MAX_INLINE_TRANSCRIPTS ? missing.length : 0,
  };
}

/**
 * Conversations imported or deleted after the live build: a version check while nothing changed;
 * afterwards a few new ones are embedded into the live index at once, many are reported as a
 * backlog for a re-embedding job (the caller starts it; searches keep answering meanwhile).
 */
export function syncTranscripts(ws: Workspace, build: SearchBuild): Promise<TranscriptSyncResult> {
  const key = `${ws.dir}\u0000${build.table}`;
  let pending = running.get(key);
  if (!pending) {
    pending = sync(ws, build, key).finally(() => running.delete(key));
    running.set(key, pending);
  }
  return pending;
}
