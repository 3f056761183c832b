import type { Readable } from 'node:stream';
import type { RowError } from '../../../../shared/domain/ingest';
import { readLines } from '../lines';

/** A whole (pretty-printed) JSON document is held in memory to parse it; bigger ones must come as JSON Lines. */
export const MAX_DOCUMENT_CHARS = 256 * 1024 * 1024;

export type JsonDocument = { value: unknown; line: number } | { error: RowError };

/**
 * The JSON values of a vendor export that is either JSON Lines (one value per line, streamed) or one
 * JSON document (an array, or an object holding arrays). The first line decides: if it parses alone,
 * every line is a value of its own.
 */
export async function* readJsonDocuments(
  stream: Readable,
  file: string,
): AsyncGenerator<JsonDocument> {
  let mode: 'undecided' | 'lines' | 'document' = 'undecided';
  const parts: string[] = [];
  let size = 0;
  for await (const item of readLines(stream)) {
    if ('tooLong' in item) {
      yield {
        error: {
          file,
          line: item.lineNo,
          field: null,
          message: 'line is longer than the 8 MiB limit; skipped',
        },
      };
      if (mode === 'document') return;
      continue;
    }
    if (mode === 'document') {
      size += item.line.length + 1;
      if (size > MAX_DOCUMENT_CHARS) {
        yield {
          error: {
            file,
            line: item.lineNo,
            field: null,
            message: 'a JSON document over 256 MiB cannot be read; export it as JSON Lines',
          },
        };
        return;
      }
      parts.push(item.line);
      continue;
    }
    if (!item.line.trim()) continue;
    try {
      const value: unknown = JSON.parse(item.line);
      mode = 'lines';
      yield { value, line: item.lineNo };
    } catch (error) {
      if (mode === 'lines') {
        yield {
          error: {
            file,
            line: item.lineNo,
            field: null,
            message: `malformed JSON: ${(error as Error).message}`,
          },
        };
      } else {
        mode = 'document';
        parts.push(item.line);
        size = item.line.length;
      }
    }
  }
  if (mode !== 'document') return;
  try {
    yield { value: JSON.parse(parts.join('\n')), line: 1 };
  } catch (error) {
    yield {
      error: {
        file,
        line: null,
        field: null,
        message: `malformed JSON: ${(error as Error).message}`,
      },
    };
  }
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
