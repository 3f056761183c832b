import type { Readable } from 'node:stream';
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import Assembler from 'stream-json/core/assembler.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { jsonVerifier } from 'stream-json/core/utils/verifier.js';

/**
 * Where a JSON document keeps its records: the items of a top-level array, or of arrays in a top-level
 * object: the first of these members that holds one, or (`'all'`) every member that does.
 */
export type RecordArrays = readonly string[] | 'all';

export type DocumentItem =
  /** Records in the order of the file; `index` is the first one's place (from 0). */
  | { records: unknown[]; index: number }
  /** The end of a document that held no records array, for a list of names: the whole value. */
  | { whole: unknown }
  /** The document stops being JSON here; nothing after it is read. `read`: the records before it; `line` and `column` count from 1. */
  | { malformed: string; read: number; line: number | null; column: number | null };

/** Packed tokens only: the assembler reads keys, strings and numbers whole. */
const PARSER_OPTIONS = { streamValues: false };

type Step = (input: string) => unknown;

/** Runs a step of stream-json on the end of the input (`none`, which its input type leaves out). */
const finish = (step: Step): unknown => (step as (input: string | typeof none) => unknown)(none);

/**
 * Splits a document's tokens into records as they come: each record is assembled alone and handed
 * over. The rest of the document is assembled only while it may turn out to be a record itself (no
 * records array yet), so memory holds one record and the members before the records, never the file.
 */
class RecordSplitter {
  /** Records assembled and not yet handed over. */
  ready: unknown[] = [];
  /** Records found so far. */
  count = 0;
  /** Whether a records array was found (a document without one may be a record itself). */
  found = false;
  private readonly doc = new Assembler();
  private record: Assembler | null = null;
  private inRecords = false;
  private skipping = 0;
  private key: string | null = null;

  constructor(private readonly arrays: RecordArrays) {}

  get whole(): unknown {
    return this.doc.current;
  }

  consume(token: Token): void {
    if (this.record) return this.assemble(token);
    if (this.skipping > 0) {
      if (token.name === 'startObject' || token.name === 'startArray') this.skipping += 1;
      else if (token.name === 'endObject' || token.name === 'endArray') this.skipping -= 1;
      return;
    }
    if (this.inRecords) {
      if (token.name !== 'endArray') {
        this.record = new Assembler();
        return this.assemble(token);
      }
      // The document keeps an empty array where the records were.
      this.inRecords = false;
      this.doc.consume(token);
      return;
    }
    const depth = this.doc.depth;
    if (depth === 1 && token.name === 'keyValue') {
      this.key = token.value;
    } else if (token.name === 'startArray' && this.holdsRecords(depth)) {
      this.found = true;
      this.inRecords = true;
    } else if (depth === 1 && token.name !== 'endObject' && !this.mayBeRecord()) {
      // A member of a document that cannot be a record itself any more: not kept.
      if (token.name === 'startObject' || token.name === 'startArray') this.skipping = 1;
      return;
    }
    this.doc.consume(token);
  }

  /** Whether the document may still turn out to be one record (no records array in it so far). */
  mayBeRecord(): boolean {
    return this.arrays !== 'all' && !this.found;
  }

  /** Whether an array that starts at this depth holds records. */
  private holdsRecords(depth: number): boolean {
    if (depth === 0) return true;
    if (depth !== 1) return false;
    return (
      this.arrays === 'all' || (!this.found && this.key !== null && this.arrays.includes(this.key))
    );
  }

  private assemble(token: Token): void {
    const record = this.record!;
    record.consume(token);
    if (!record.done) return;
    this.ready.push(record.current);
    this.count += 1;
    this.record = null;
  }
}

/** Feeds text to a parser and its tokens to a splitter; the parser's error, if the text is not JSON. */
function feed(parse: Step, splitter: RecordSplitter, text: string | null): Error | null {
  try {
    const tokens = text === null ? finish(parse) : parse(text);
    if (isMany(tokens)) for (const token of getManyValues(tokens)) splitter.consume(token as Token);
    return null;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function* take(splitter: RecordSplitter, from = 0): Generator<DocumentItem> {
  const records = splitter.ready;
  splitter.ready = [];
  const index = splitter.count - records.length;
  const skip = Math.max(0, from - index);
  if (records.length > skip) yield { records: records.slice(skip), index: index + skip };
}

/**
 * The records of one JSON document read from a text stream, in bounded memory: a batch after each
 * chunk of text, so the first ones come before the end of the file is read. A document that stops
 * being JSON ends with `malformed`, after every record that was complete before the fault.
 */
export async function* streamDocument(
  text: () => Readable,
  arrays: RecordArrays,
): AsyncGenerator<DocumentItem> {
  const parse = jsonParser(PARSER_OPTIONS);
  const splitter = new RecordSplitter(arrays);
  let failure: Error | null = null;
  for await (const chunk of text()) {
    failure = feed(parse, splitter, chunk as string);
    // The records of the chunk that failed are lost with the parser's state: the second pass finds them.
    if (failure) break;
    yield* take(splitter);
  }
  failure ??= feed(parse, splitter, null);
  if (failure) {
    yield* recover(text, arrays, splitter.count - splitter.ready.length, failure);
    return;
  }
  yield* take(splitter);
  if (splitter.mayBeRecord()) yield { whole: splitter.whole };
}

/**
 * After a fault: reads the text again with stream-json's verifier, which tells where the fault is,
 * and parses up to there, so the records before it are kept and the error names the line and column.
 */
async function* recover(
  text: () => Readable,
  arrays: RecordArrays,
  seen: number,
  failure: Error,
): AsyncGenerator<DocumentItem> {
  const verify = jsonVerifier();
  const parse = jsonParser(PARSER_OPTIONS);
  const splitter = new RecordSplitter(arrays);
  let read = 0;
  let fault: Fault | null = null;
  let stopped = false;
  for await (const raw of text()) {
    const chunk = raw as string;
    fault = faultOf(() => verify(chunk));
    const valid = fault ? chunk.slice(0, Math.max(0, fault.offset - read)) : chunk;
    read += chunk.length;
    const disagrees = feed(parse, splitter, valid) !== null;
    yield* take(splitter, seen);
    stopped = fault !== null || disagrees;
    if (stopped) break;
  }
  if (!stopped) fault = faultOf(() => finish(verify));
  yield {
    malformed: failure.message,
    read: Math.max(seen, splitter.count),
    line: fault?.line ?? null,
    column: fault?.pos ?? null,
  };
}

interface Fault {
  offset: number;
  line: number;
  pos: number;
}

/** Where stream-json's verifier found the text not to be JSON (counting from 0, lines and columns from 1). */
function faultOf(step: () => unknown): Fault | null {
  try {
    step();
    return null;
  } catch (error) {
    const { offset, line, pos } = error as Partial<Fault>;
    return typeof offset === 'number' && typeof line === 'number' && typeof pos === 'number'
      ? { offset, line, pos }
      : null;
  }
}

/**
 * The value of one member of a document's top-level object (side-loaded data such as Zendesk's users,
 * which may come after the records), read alone: other members are skipped, not assembled.
 */
export async function documentMember(stream: Readable, key: string): Promise<unknown> {
  const parse = jsonParser(PARSER_OPTIONS);
  let depth = 0;
  let value: Assembler | null = null;
  let current: string | null = null;
  try {
    for await (const chunk of stream) {
      const tokens = parse(chunk as string);
      if (!isMany(tokens)) continue;
      for (const token of getManyValues(tokens) as Token[]) {
        if (value) {
          value.consume(token);
          if (value.done) return value.current;
          continue;
        }
        if (depth === 0 && token.name !== 'startObject') return undefined;
        if (depth === 1 && token.name === 'keyValue') current = token.value;
        else if (depth === 1 && current === key && token.name !== 'endObject') {
          value = new Assembler();
          value.consume(token);
          if (value.done) return value.current;
          continue;
        }
        if (token.name === 'startObject' || token.name === 'startArray') depth += 1;
        else if (token.name === 'endObject' || token.name === 'endArray') depth -= 1;
        if (depth === 0) return undefined;
      }
    }
  } catch {
    // Not JSON before the member ended: the reading of the records reports where.
  }
  return undefined;
}
