import type { Workspace } from '../workspace/workspace';
import type { SearchDocument } from '../search/document';
import { countTranscripts, iterateTranscripts } from '../transcripts/store';
import { articleSource } from './article-source';

/** A producer of searchable documents; it can be read more than once (the lexical IDF needs a pass). */
export interface DocumentSource {
  readonly name: string;
  count(ws: Workspace): Promise<number>;
  batches(ws: Workspace): AsyncIterable<SearchDocument[]>;
}

export const TRANSCRIPT_COLUMNS = ['key', 'customer_text', 'language', 'channel', 'started_ms'];

/** A stored conversation (TRANSCRIPT_COLUMNS) as a search document; null without a key. */
export function transcriptDocument(row: Record<string, unknown>): SearchDocument | null {
  if (typeof row.key !== 'string') return null;
  return {
    kind: 'transcript',
    id: row.key,
    text: typeof row.customer_text === 'string' ? row.customer_text : '',
    language: typeof row.language === 'string' ? row.language : null,
    channel: typeof row.channel === 'string' ? row.channel : null,
    startedMs: typeof row.started_ms === 'number' ? row.started_ms : null,
  };
}

/** Conversations: what the customer said is what they are about. */
export const transcriptSource: DocumentSource = {
  name: 'transcripts',
  count: (ws) => countTranscripts(ws),
  async *batches(ws) {
    for await (const rows of iterateTranscripts(ws, TRANSCRIPT_COLUMNS, 2000)) {
      yield rows.map(transcriptDocument).filter((doc): doc is SearchDocument => doc !== null);
    }
  },
};

/** Every source the workspace embedding reads. Articles saved later are synced at search time (search/article-sync.ts). */
export const DOCUMENT_SOURCES: DocumentSource[] = [transcriptSource, articleSource];

export async function countDocuments(
  ws: Workspace,
  sources: readonly DocumentSource[] = DOCUMENT_SOURCES,
): Promise<number> {
  let total = 0;
  for (const source of sources) total += await source.count(ws);
  return total;
}

export async function* allDocuments(
  ws: Workspace,
  sources: readonly DocumentSource[] = DOCUMENT_SOURCES,
): AsyncGenerator<SearchDocument[]> {
  for (const source of sources) yield* source.batches(ws);
}
