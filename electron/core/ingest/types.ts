import type { Readable } from 'node:stream';
import type { ColumnMapping, RowError } from '../../../shared/domain/ingest';
import type { TranscriptInput } from '../../../shared/domain/transcript';

export type ParsedItem = { transcript: TranscriptInput; line: number | null } | { error: RowError };

export interface ParseContext {
  file: string;
  /** Decoded text of the whole file, streamed; each call reads it anew from the start. */
  text: () => Readable;
  mapping: ColumnMapping;
}

/** A format's parser: streams the file and yields conversations or per-row errors. */
export type FormatParser = (ctx: ParseContext) => AsyncGenerator<ParsedItem>;
