import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../../electron/core/ingest/csv-records';

/**
 * What csv-parse gives the importers with their options: header-keyed records and line numbers, then
 * the error if any. Records are taken as csv-parse emits them ('data'), so those before an error count
 * (an async iterator drops the ones still buffered when the error comes; the reader hands them on).
 */
function withCsvParse(chunks: string[], max: number): Promise<unknown> {
  const records: unknown[] = [];
  return new Promise((done) => {
    const parser = parse({
      bom: true,
      columns: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: false,
      max_record_size: max,
    });
    parser.on(
      'data',
      ({ record, info }: { record: Record<string, string>; info: { lines: number } }) =>
        records.push([Object.entries(record), info.lines]),
    );
    parser.on('error', (error) => {
      records.push(['error', error.message, (error as { lines?: number }).lines]);
      done(records);
    });
    parser.on('end', () => done(records));
    for (const chunk of chunks) parser.write(Buffer.from(chunk));
    parser.end();
  });
}

/** The same from readCsvRecords: records keyed by the header the way csv-parse keys them. */
async function withReader(chunks: string[], max: number): Promise<unknown> {
  const records: unknown[] = [];
  let header: string[] | null = null;
  try {
    for await (const batch of readCsvRecords(Readable.from(chunks), max))
      for (const { fields, line } of batch) {
        if (!header) {
          header = fields;
          continue;
        }
        const record: Record<string, string> = {};
        fields.forEach((value, i) => {
          if (i < header!.length)
            Object.defineProperty(record, header![i]!, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
        });
        records.push([Object.entries(record), line]);
      }
  } catch (error) {
    records.push(['error', (error as Error).message, (error as { lines?: number }).lines]);
  }
  return records;
}

const piece = fc.constantFrom(
  'a',
  'bc',
  ',',
  ',',
  '"',
  '""',
  '\n',
  '\n',
  '\r\n',
  '\r',
  ' ',
  'é',
  '中文',
  '😀',
  '\0',
  '\uFEFF',
  'x"y',
);
/** Text made of CSV's special characters, cut into chunks at random places (also inside a character pair). */
const csvChunks = fc
  .tuple(
    fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
    fc.array(fc.nat(), { maxLength: 5 }),
    fc.boolean(),
  )
  .map(([text, cuts, bom]) => {
    const full = bom ? `\uFEFF${text}` : text;
    const at = [...new Set(cuts.map((c) => c % (full.length + 1)))].sort((a, b) => a - b);
    const chunks: string[] = [];
    let from = 0;
    for (const cut of at) {
      // A chunk boundary never splits a surrogate pair: the decoder hands over whole characters.
      if (cut > from && !/[\uDC00-\uDFFF]/.test(full[cut] ?? '')) {
        chunks.push(full.slice(from, cut));
        from = cut;
      }
    }
    chunks.push(full.slice(from));
    return chunks.filter((c) => c.length > 0);
  });

describe('CSV records', () => {
  it('match csv-parse (records, lines and errors) on any text, however it is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvChunks,
        fc.constantFrom(0, 8, 30, 8 * 1024 * 1024),
        async (chunks, max) => {
          expect(await withReader(chunks, max)).toEqual(await withCsvParse(chunks, max));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('match csv-parse on a per-turn export with quoted multi-line messages', async () => {
    const text = [
      'conversation_id,speaker,message',
      'c1,customer,"Hello, ""world""\nsecond line"',
      'c1,agent,plain',
      '',
      'c2,customer,"中文，😀"',
      'c2,agent,',
    ].join('\r\n');
    const chunks = [text.slice(0, 17), text.slice(17, 40), text.slice(40)];
    const ours = await withReader(chunks, 1024);
    expect(ours).toEqual(await withCsvParse(chunks, 1024));
    expect(ours).toHaveLength(4);
  });
});
