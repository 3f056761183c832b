import { tokenize } from '../../../shared/text/segment';
import { docKey, MAX_INDEXED_CHARS, type SearchDocument } from './document';

export interface SearchRow {
  doc_key: string;
  kind: string;
  id: string;
  title: string;
  text: string;
  search_text: string;
  language: string | null;
  channel: string | null;
  started_ms: number | null;
  vector: Float32Array;
}

export const indexedText = (doc: SearchDocument): string =>
  (doc.title && doc.kind === 'article' ? `${doc.title}\n${doc.text}` : doc.text).slice(
    0,
    MAX_INDEXED_CHARS,
  );

export function toSearchRow(doc: SearchDocument, vector: Float32Array): SearchRow {
  const text = indexedText(doc);
  return {
    doc_key: docKey(doc.kind, doc.id),
    kind: doc.kind,
    id: doc.id,
    title: doc.title ?? '',
    text,
    search_text: tokenize(text).join(' '),
    language: doc.language ?? null,
    channel: doc.channel ?? null,
    started_ms: doc.startedMs ?? null,
    vector,
  };
}
