/**
 * A CSV record reader for imports: the dialect and the errors of csv-parse as the importers configure
 * it (`bom`, `relax_column_count`, `skip_empty_lines`, no trimming, `max_record_size`, the record
 * delimiter discovered from the first line end), read straight from decoded text. csv-parse works on
 * bytes, decodes every field and builds an object and an info object for every record; on a per-turn
 * export that was over half of an import. A differential property test holds this reader to
 * csv-parse's records, line numbers and error messages.
 */

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** The record delimiter: not seen yet, or the first line end found outside quotes. */
const enum Delimiter {
  Unknown = 0,
  Lf = 1,
  CrLf = 2,
  Cr = 3,
}

/** A parse error with csv-parse's message and line, after which no further record is read. */
export class CsvRecordError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly lines: number,
  ) {
    super(message);
  }
}

export interface CsvRecord {
  fields: string[];
  /** The line the record ends on (1-based, as csv-parse's `info.lines`). */
  line: number;
}

/** UTF-8 length of one UTF-16 unit (a surrogate pair counts 2 + 2), as csv-parse counts bytes. */
const utf8Units = (c: number): number =>
  c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;

/** The first UTF-8 byte of the character at `i`, as csv-parse shows it in an error. */
function firstByte(text: string, i: number): string {
  const c = text.codePointAt(i)!;
  const byte =
    c < 0x80 ? c : c < 0x800 ? 0xc0 | (c >> 6) : c < 0x10000 ? 0xe0 | (c >> 12) : 0xf0 | (c >> 18);
  return String.fromCharCode(byte);
}

/** Incremental reader: feed text chunks, take the complete records after each. */
export class CsvRecordReader {
  private carry = '';
  private delimiter = Delimiter.Unknown;
  /** Line ends (CR or LF characters csv-parse visits) before the carried text. */
  private newlines = 0;
  private started = false;
  /** Column names once the header is read, for csv-parse's "field" in an opening-quote error. */
  private columns: readonly string[] | null = null;

  /** `header`: the first record names the columns (csv-parse's `columns: true`). */
  constructor(
    private readonly maxRecordSize: number,
    private readonly header = true,
  ) {}

  private emit(out: CsvRecord[], fields: string[], line: number): void {
    if (this.header && this.columns === null) this.columns = fields;
    out.push({ fields, line });
  }

  /** Records completed by this chunk (the last one may wait for the next chunk). */
  push(chunk: string, out: CsvRecord[]): void {
    let text = this.carry + chunk;
    if (!this.started) {
      if (text.length === 0) return;
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.carry = '';
    this.carry = text.slice(this.scan(text, false, out));
  }

  /** Records left at the end of the text. */
  end(out: CsvRecord[]): void {
    const text = this.carry;
    this.carry = '';
    if (text.length > 0) this.scan(text, true, out);
  }

  /** Reads whole records from `text`; returns where the first incomplete one starts. */
  private scan(text: string, final: boolean, out: CsvRecord[]): number {
    const n = text.length;
    const max = this.maxRecordSize;
    let i = 0;
    records: while (i < n) {
      const recordStart = i;
      let delimiter = this.delimiter;
      let newlines = this.newlines;
      const fields: string[] = [];
      /** csv-parse's record_length: the UTF-16 lengths of the record's finished fields. */
      let recordLength = 0;
      fields: for (;;) {
        // One field: an optional quoted part, then plain characters up to a delimiter.
        let value = '';
        let bytes = 0;
        let wasQuoting = false;
        let from = i;
        if (i < n && text.charCodeAt(i) === QUOTE) {
          i += 1;
          from = i;
          for (;;) {
            if (i >= n) {
              if (!final) return recordStart;
              throw new CsvRecordError(
                'CSV_QUOTE_NOT_CLOSED',
                `Quote Not Closed: the parsing is finished with an opening quote at line ${this.linesAtEnd(text, newlines)}`,
                this.linesAtEnd(text, newlines),
              );
            }
            const c = text.charCodeAt(i);
            if (c !== QUOTE) {
              const k = utf8Units(c);
              if (max !== 0 && recordLength + bytes + k - 1 > max) throw tooLong(max, 1 + newlines);
              bytes += k;
              if (c === CR || c === LF) newlines += 1;
              i += 1;
              continue;
            }
            if (i + 1 >= n && !final) return recordStart;
            const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
            if (next === QUOTE) {
              // An escaped quote: the second one is the character kept.
              value += text.slice(from, i);
              if (max !== 0 && recordLength + bytes > max) throw tooLong(max, 1 + newlines);
              bytes += 1;
              i += 2;
              from = i - 1;
              continue;
            }
            let closes = next <= 0 || next === COMMA;
            if (!closes) {
              if (delimiter === Delimiter.Unknown) {
                if (next === CR && i + 2 >= n && !final) return recordStart;
                delimiter = discover(text, i + 1);
                closes = delimiter !== Delimiter.Unknown;
              } else {
                if (delimiter === Delimiter.CrLf && next === CR && i + 2 >= n && !final)
                  return recordStart;
                closes = isDelimiterAt(text, i + 1, delimiter);
              }
            }
            if (!closes) {
              throw new CsvRecordError(
                'CSV_INVALID_CLOSING_QUOTE',
                `Invalid Closing Quote: got "${firstByte(text, i + 1)}" at line ${1 + newlines} instead of delimiter, record delimiter, trimable character (if activated) or comment`,
                1 + newlines,
              );
            }
            value += text.slice(from, i);
            i += 1;
            from = i;
            wasQuoting = true;
            break;
          }
        }
        // Plain characters (after a quoted part only a NUL can follow before a delimiter).
        for (;;) {
          if (i >= n) {
            if (!final) return recordStart;
            if (wasQuoting || fields.length > 0 || bytes > 0) {
              value += text.slice(from, i);
              fields.push(value);
              this.emit(out, fields, this.linesAtEnd(text, newlines));
            }
            this.delimiter = delimiter;
            this.newlines = newlines;
            return n;
          }
          const c = text.charCodeAt(i);
          if (delimiter === Delimiter.Unknown && (c === CR || c === LF)) {
            if (c === CR && i + 1 >= n && !final) return recordStart;
            delimiter = discover(text, i);
          }
          if (c === QUOTE) {
            if (bytes > 0) {
              const column =
                this.columns === null
                  ? String(fields.length)
                  : JSON.stringify(this.columns[fields.length] ?? null);
              const field = value + text.slice(from, i);
              throw new CsvRecordError(
                'INVALID_OPENING_QUOTE',
                `Invalid Opening Quote: a quote is found on field ${column} at line ${1 + newlines}, value is ${JSON.stringify(field)}${field === '\uFEFF' ? ' (utf8 bom)' : ''}`,
                1 + newlines,
              );
            }
            // An empty field after a closed quote cannot reach here (a NUL would make it non-empty).
          }
          const ends = c === CR || c === LF ? delimiterLength(text, i, delimiter, final) : 0;
          if (ends < 0) return recordStart;
          if (ends > 0) {
            const line = 1 + newlines;
            newlines += 1;
            i += ends;
            if (!wasQuoting && fields.length === 0 && bytes === 0) {
              // An empty line: skipped, but counted.
              this.delimiter = delimiter;
              this.newlines = newlines;
              continue records;
            }
            value += text.slice(from, i - ends);
            fields.push(value);
            this.emit(out, fields, line);
            this.delimiter = delimiter;
            this.newlines = newlines;
            continue records;
          }
          if (c === COMMA) {
            value += text.slice(from, i);
            fields.push(value);
            recordLength += value.length;
            i += 1;
            continue fields;
          }
          const k = utf8Units(c);
          if (max !== 0 && recordLength + bytes + k - 1 > max) throw tooLong(max, 1 + newlines);
          bytes += k;
          if (c === CR || c === LF) newlines += 1;
          i += 1;
        }
      }
    }
    return i;
  }

  /** csv-parse's line at the end of the text: a final line end is not counted yet. */
  private linesAtEnd(text: string, newlines: number): number {
    const last = text.charCodeAt(text.length - 1);
    return 1 + newlines - (last === CR || last === LF ? 1 : 0);
  }
}

const tooLong = (max: number, line: number): CsvRecordError =>
  new CsvRecordError(
    'CSV_MAX_RECORD_SIZE',
    `Max Record Size: record exceed the maximum number of tolerated bytes of ${max} at line ${line}`,
    line,
  );

function discover(text: string, i: number): Delimiter {
  const c = text.charCodeAt(i);
  if (c === CR) return text.charCodeAt(i + 1) === LF ? Delimiter.CrLf : Delimiter.Cr;
  return c === LF ? Delimiter.Lf : Delimiter.Unknown;
}

function isDelimiterAt(text: string, i: number, delimiter: Delimiter): boolean {
  const c = text.charCodeAt(i);
  if (delimiter === Delimiter.Lf) return c === LF;
  if (delimiter === Delimiter.Cr) return c === CR;
  return c === CR && text.charCodeAt(i + 1) === LF;
}

/** Length of the record delimiter at `i` (0: none; -1: the next chunk decides). */
function delimiterLength(text: string, i: number, delimiter: Delimiter, final: boolean): number {
  const c = text.charCodeAt(i);
  if (delimiter === Delimiter.Lf) return c === LF ? 1 : 0;
  if (delimiter === Delimiter.Cr) return c === CR ? 1 : 0;
  if (delimiter === Delimiter.CrLf) {
    if (c !== CR) return 0;
    if (i + 1 >= text.length) return final ? 0 : -1;
    return text.charCodeAt(i + 1) === LF ? 2 : 0;
  }
  return 0;
}

/** Reads CSV records from a stream of decoded text, a chunk's worth at a time. */
export async function* readCsvRecords(
  chunks: AsyncIterable<string | Buffer>,
  maxRecordSize: number,
  reader = new CsvRecordReader(maxRecordSize),
): AsyncGenerator<CsvRecord[]> {
  // Records read before an error are handed on first, as csv-parse pushes them before it fails.
  let out: CsvRecord[] = [];
  try {
    for await (const chunk of chunks) {
      reader.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'), out);
      if (out.length > 0) {
        yield out;
        out = [];
      }
    }
    reader.end(out);
  } catch (error) {
    if (out.length > 0) yield out;
    throw error;
  }
  if (out.length > 0) yield out;
}
