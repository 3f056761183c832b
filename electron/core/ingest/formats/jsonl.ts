import { readLines } from '../lines';
import { toTranscript } from '../canonical';
import type { FormatParser } from '../types';

/** Gleaner JSON Lines: one canonical conversation per line (docs/transcript-format.md). */
export const parseJsonl: FormatParser = async function* ({ file, text }) {
  for await (const item of readLines(text())) {
    if ('tooLong' in item) {
      yield {
        error: {
          file,
          line: item.lineNo,
          field: null,
          message: 'line is longer than the 8 MiB limit; skipped',
        },
      };
      continue;
    }
    if (!item.line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(item.line);
    } catch (error) {
      yield {
        error: {
          file,
          line: item.lineNo,
          field: null,
          message: `malformed JSON: ${(error as Error).message}`,
        },
      };
      continue;
    }
    const result = toTranscript(raw, file, item.lineNo);
    yield 'error' in result ? result : { transcript: result.transcript, line: item.lineNo };
  }
};
