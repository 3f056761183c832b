import type { Readable } from 'node:stream';

export const MAX_LINE_CHARS = 8 * 1024 * 1024;

export type LineItem = { line: string; lineNo: number } | { tooLong: true; lineNo: number };

/**
 * Lines of a text stream split on \n only (a lone \r stays inside its line), in bounded memory:
 * a line longer than the limit is reported and skipped, not buffered whole.
 */
export async function* readLines(
  stream: Readable,
  maxChars = MAX_LINE_CHARS,
): AsyncGenerator<LineItem> {
  let buffer = '';
  let lineNo = 1;
  let skipping = false;
  for await (const chunk of stream) {
    let text = buffer + (chunk as string);
    buffer = '';
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
      if (skipping) {
        skipping = false;
      } else {
        const line = text.slice(start, nl);
        if (line.length > maxChars) yield { tooLong: true, lineNo };
        else yield { line: line.endsWith('\r') ? line.slice(0, -1) : line, lineNo };
      }
      lineNo += 1;
      start = nl + 1;
    }
    text = text.slice(start);
    if (skipping) continue;
    if (text.length > maxChars) {
      yield { tooLong: true, lineNo };
      skipping = true;
    } else {
      buffer = text;
    }
  }
  if (!skipping && buffer.length > 0)
    yield { line: buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer, lineNo };
}
