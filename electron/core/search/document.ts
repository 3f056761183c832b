import type { DocumentKind } from '../../../shared/domain/search';

/** Anything searchable: a conversation (its customer turns) or an article. Producers map to this. */
export interface SearchDocument {
  readonly kind: DocumentKind;
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly language?: string | null;
  readonly channel?: string | null;
  readonly startedMs?: number | null;
}

export const docKey = (kind: DocumentKind, id: string): string => `${kind}:${id}`;

/** docKey's inverse: the kind before the first colon, the id (which may hold colons) after it. */
export function splitDocKey(key: string): { kind: string; id: string } {
  const colon = key.indexOf(':');
  return { kind: key.slice(0, colon), id: key.slice(colon + 1) };
}

/** Long transcripts are cut: the start of a conversation says what it is about, and rows stay small. */
export const MAX_INDEXED_CHARS = 8000;
