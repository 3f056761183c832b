import type { Readable } from 'node:stream';
import type { RowError } from '../../../../shared/domain/ingest';
import { documentMember, streamDocument, type RecordArrays } from '../json-stream';
import { readLines } from '../lines';

export interface RecordShape {
  /**
   * Where the records are. A list of names also reads JSON Lines (a value per line) and takes a value
   * holding none of those arrays as one record; `'all'` (ABCD) reads one document only.
   */
  arrays: RecordArrays;
  /** A member of each value (or of the document) that the records refer to, such as Zendesk's side-loaded users. */
  side?: string;
}

/** Records of a vendor export; `line` is the line of their JSON Lines value, or the first one's number in a document. */
export type JsonRecords = { records: unknown[]; line: number; side: unknown } | { error: RowError };

/**
 * The records of a vendor export that is either JSON Lines (one value per line) or one JSON document
 * (an array, or an object holding arrays), both streamed: memory holds a line or a record, not the
 * file. The first line decides: if it parses alone, every line is a value of its own.
 */
export async function* readJsonRecords(
  text: () => Readable,
  file: string,
  shape: RecordShape,
): AsyncGenerator<JsonRecords> {
  if (shape.arrays !== 'all' && (yield* jsonLines(text(), file, shape.arrays, shape.side))) return;
  const side = shape.side === undefined ? undefined : await documentMember(text(), shape.side);
  for await (const item of streamDocument(text, shape.arrays)) {
    if ('records' in item) yield { records: item.records, line: item.index + 1, side };
    else if ('whole' in item) yield { records: [item.whole], line: 1, side };
    else
      yield rowError(
        file,
        item.line,
        `malformed JSON${item.line === null ? '' : ` at line ${item.line}, column ${item.column}`}: ${item.malformed} (the ${item.read} records before it were read, the rest of the file was not)`,
      );
  }
}

const rowError = (file: string, line: number | null, message: string): { error: RowError } => ({
  error: { file, line, field: null, message },
});

/** The values of a JSON Lines file; false, having yielded nothing, when its first line is not one (a document). */
async function* jsonLines(
  stream: Readable,
  file: string,
  arrays: readonly string[],
  side: string | undefined,
): AsyncGenerator<JsonRecords, boolean> {
  let decided = false;
  for await (const item of readLines(stream)) {
    if ('tooLong' in item) {
      // A first line over the limit is a document on one line (minified), not a JSON Lines value.
      if (!decided) return false;
      yield rowError(file, item.lineNo, 'line is longer than the 8 MiB limit; skipped');
      continue;
    }
    if (!item.line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(item.line);
    } catch (error) {
      if (!decided) return false;
      yield rowError(file, item.lineNo, `malformed JSON: ${(error as Error).message}`);
      continue;
    }
    decided = true;
    yield {
      records: recordsOf(value, arrays),
      line: item.lineNo,
      side: side === undefined ? undefined : asRecord(value)[side],
    };
  }
  return true;
}

/** The records a JSON value holds: itself, the items of an array, or of the first of `keys` that is an array. */
export function recordsOf(value: unknown, keys: readonly string[]): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    for (const key of keys) {
      const inner = (value as Record<string, unknown>)[key];
      if (Array.isArray(inner)) return inner;
    }
  }
  return [value];
}

export const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
export const asString = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;

/** HTML message bodies (Intercom, Zendesk html_body) as plain text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
