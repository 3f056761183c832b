import { Readable } from 'node:stream';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding, looksBinary, type ConcreteEncoding } from '../../electron/core/ingest/encoding';
import { detectFormat } from '../../electron/core/ingest/detect';
import { PARSERS } from '../../electron/core/ingest/formats';
import { toRow } from '../../electron/core/transcripts/row';
import { isGleanerError } from '../../shared/errors';
import { CSV_FIELDS, rowErrorSchema, type ImportFormat } from '../../shared/domain/ingest';
import { transcriptSchema } from '../../shared/domain/transcript';
import { BOMS, FUZZ_RUNS, fuzzParams, fuzzTimeout, nastyJson, nastyString, within } from './support';

// Every importer's parser over hostile files: it must end (no hang), never throw anything but a typed
// GleanerError, report bad rows as RowErrors and yield only conversations the canonical schema accepts.

interface FileCase {
  bytes: Buffer;
  cuts: number[];
  name: string;
  mapping: Record<string, string>;
  forced: ConcreteEncoding | null;
  redact: boolean;
}

const ENCODINGS: ConcreteEncoding[] = ['utf8', 'utf16le', 'utf16be', 'gb18030'];
const ROLES = ['customer', 'agent', 'bot', 'system', 'user', 'admin', 'CUSTOMER', 'AGENT', 'action', ''];
const isoish = fc.oneof(
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid' : d.toISOString())),
  fc.constantFrom('2026-11-24T09:00:00Z', '2026-11-24 09:00', '1/2/2026', '0000-00-00T00:00:00Z', '+275760-09-13T00:00:00.001Z'),
  nastyString,
);
const extremeNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1e308, 8.64e12, 8.64e15, 1e20, Number.MAX_VALUE, -1, 0),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, nastyJson);

/** Text → file bytes: kept, cut short, prefixed with a BOM, re-encoded, or replaced by random bytes. */
const asFileBytes = (text: fc.Arbitrary<string>): fc.Arbitrary<Buffer> =>
  fc.oneof(
    { arbitrary: text.map((t) => Buffer.from(t, 'utf8')), weight: 4 },
    { arbitrary: fc.tuple(text, fc.nat()).map(([t, n]) => Buffer.from(t.slice(0, t.length ? n % t.length : 0), 'utf8')), weight: 2 },
    { arbitrary: fc.tuple(text, fc.nat()).map(([t, n]) => { const b = Buffer.from(t, 'utf8'); return b.subarray(0, b.length ? n % b.length : 0); }), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...BOMS), text).map(([bom, t]) => Buffer.concat([bom, Buffer.from(t, 'utf8')])), weight: 1 },
    { arbitrary: fc.tuple(text, fc.constantFrom('utf16le', 'utf16be', 'gb18030')).map(([t, enc]) => iconv.encode(t, enc, { addBOM: enc !== 'gb18030' })), weight: 1 },
    { arbitrary: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)), weight: 1 },
  );

const lines = (line: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n')).map(([ls, nl]) => ls.join(nl));

const turnish = fc.record(
  { role: maybe(fc.constantFrom(...ROLES)), text: maybe(nastyString), at: maybe(isoish) },
  { requiredKeys: [] },
);
const canonicalish = fc.record(
  {
    id: maybe(fc.oneof(nastyString, fc.integer().map(String))),
    customer_id: maybe(nastyString),
    channel: maybe(nastyString),
    language: maybe(nastyString),
    started_at: maybe(isoish),
    ended_at: maybe(isoish),
    turns: fc.oneof(fc.array(turnish, { maxLength: 5 }), nastyJson),
    outcome: maybe(fc.record({ resolved: maybe(fc.boolean()), csat: maybe(extremeNumber), handle_seconds: maybe(extremeNumber) }, { requiredKeys: [] })),
    metadata: nastyJson,
    __proto__: nastyJson,
  },
  { requiredKeys: [] },
);
const jsonText = (value: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: value.map((v) => JSON.stringify(v) ?? 'null'), weight: 4 }, { arbitrary: value.map((v) => JSON.stringify(v, null, 2) ?? ''), weight: 1 });
const jsonlText = lines(fc.oneof(jsonText(canonicalish), jsonText(nastyJson), nastyString));

const csvCell = fc.oneof(
  nastyString,
  fc.constantFrom('"', '""', '"a,b"', 'a"b', '"\n"', '\r\n', 'customer', 'agent', 'bot', '5', '0', '6', 'true', '2026-01-01T00:00:00Z', 'Customer: hi\nAgent: hello', '"unterminated'),
);
const csvHeader = fc.array(fc.oneof(fc.constantFrom('id', 'conversation_id', 'text', 'transcript', 'message', 'role', 'speaker', 'at', 'timestamp', 'channel', 'csat', 'started_at', 'resolved', '会话ID', '内容'), nastyString), { minLength: 1, maxLength: 6 });
const csvRow = (quote: boolean) => fc.array(csvCell, { maxLength: 7 }).map((cells) => cells.map((c) => (quote ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
const csvText = fc
  .tuple(csvHeader, fc.boolean(), fc.array(fc.oneof(csvRow(true), csvRow(false)), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([header, q, rows, nl]) => [header.map((h) => (q ? `"${h}"` : h)).join(','), ...rows].join(nl));
const csvMapping = fc.dictionary(fc.oneof(fc.constantFrom(...CSV_FIELDS), nastyString), fc.oneof(fc.constantFrom('id', 'text', 'role', 'speaker', 'channel', 'csat', 'at'), nastyString), { maxKeys: 5 });

const tweetId = fc.oneof(fc.integer({ min: 1, max: 8 }).map(String), fc.constantFrom('', '1e400', 'NaN', '-1', '1.5', 'x'), nastyString);
const twcsText = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(tweetId, nastyString, fc.constantFrom('True', 'False', 'true', ''), isoish, nastyString, tweetId, tweetId), { maxLength: 10 }),
  )
  .map(([quote, rows]) =>
    [
      'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id',
      ...rows.map((r) => r.map((c) => (quote ? `"${c.replace(/"/g, '""')}"` : c)).join(',')),
    ].join('\n'),
  );

const abcdConvo = fc.record(
  {
    convo_id: maybe(fc.integer()),
    scenario: maybe(fc.record({ personal: nastyJson, flow: nastyJson, subflow: nastyJson }, { requiredKeys: [] })),
    original: maybe(fc.array(fc.oneof(fc.tuple(fc.constantFrom(...ROLES), nastyString), nastyJson), { maxLength: 5 })),
  },
  { requiredKeys: [] },
);
const abcdText = jsonText(fc.oneof(fc.array(abcdConvo, { maxLength: 4 }), fc.dictionary(fc.constantFrom('train', 'dev', 'test'), fc.array(abcdConvo, { maxLength: 3 })), nastyJson));

const zendeskTicket = fc.record(
  {
    id: maybe(fc.integer()),
    requester_id: maybe(fc.integer({ min: 1, max: 3 })),
    status: maybe(fc.constantFrom('solved', 'closed', 'open')),
    tags: nastyJson,
    description: nastyJson,
    created_at: maybe(isoish),
    updated_at: maybe(isoish),
    via: nastyJson,
    satisfaction_rating: maybe(fc.record({ score: maybe(fc.constantFrom('good', 'bad', 'offered')) })),
    comments: maybe(fc.array(fc.record({ author_id: maybe(fc.integer({ min: 1, max: 3 })), body: nastyJson, html_body: maybe(nastyString), plain_body: nastyJson, public: nastyJson, created_at: maybe(isoish) }, { requiredKeys: [] }), { maxLength: 4 })),
  },
  { requiredKeys: [] },
);
const zendeskText = fc.oneof(
  lines(jsonText(zendeskTicket)),
  jsonText(fc.record({ tickets: maybe(fc.array(zendeskTicket, { maxLength: 3 })), users: maybe(fc.array(fc.record({ id: maybe(fc.integer({ min: 1, max: 3 })), role: maybe(fc.constantFrom('end-user', 'agent')), email: nastyJson, name: nastyJson }, { requiredKeys: [] }), { maxLength: 3 })) }, { requiredKeys: [] })),
  jsonText(nastyJson),
);

const intercomPart = fc.record({ part_type: maybe(fc.constantFrom('comment', 'note', 'assignment', 'open', 'close')), body: maybe(nastyString), created_at: maybe(extremeNumber), author: maybe(fc.record({ type: maybe(fc.constantFrom('user', 'lead', 'admin', 'bot')) })), assigned_to: maybe(fc.record({ type: fc.constant('team'), name: nastyJson, id: nastyJson })) }, { requiredKeys: [] });
const intercomConvo = fc.record(
  {
    id: maybe(fc.integer()),
    created_at: maybe(extremeNumber),
    updated_at: maybe(extremeNumber),
    state: nastyJson,
    open: nastyJson,
    source: maybe(fc.record({ type: nastyJson, body: maybe(nastyString), subject: nastyJson, author: maybe(fc.record({ type: maybe(fc.constantFrom('user', 'lead', 'admin')), name: nastyJson, email: nastyJson, id: nastyJson }, { requiredKeys: [] })) }, { requiredKeys: [] })),
    conversation_parts: maybe(fc.record({ conversation_parts: maybe(fc.array(intercomPart, { maxLength: 4 })) })),
    contacts: nastyJson,
    conversation_rating: maybe(fc.record({ rating: maybe(extremeNumber) })),
    tags: maybe(fc.record({ tags: nastyJson })),
  },
  { requiredKeys: [] },
);
const intercomText = fc.oneof(lines(jsonText(intercomConvo)), jsonText(fc.record({ conversations: fc.array(intercomConvo, { maxLength: 3 }) })), jsonText(nastyJson));

const connectContact = fc.record(
  {
    CustomerMetadata: maybe(fc.record({ ContactId: maybe(nastyString) })),
    ContactId: nastyJson,
    Channel: nastyJson,
    LanguageCode: nastyJson,
    Participants: maybe(fc.array(fc.record({ ParticipantId: maybe(fc.constantFrom('CUSTOMER', 'AGENT', 'a', 'b')), ParticipantRole: maybe(fc.constantFrom('CUSTOMER', 'AGENT', 'SYSTEM')) }, { requiredKeys: [] }), { maxLength: 3 })),
    Transcript: maybe(fc.array(fc.record({ ParticipantId: maybe(fc.constantFrom('CUSTOMER', 'AGENT', 'a', 'b')), Content: nastyJson, BeginOffsetMillis: maybe(extremeNumber), AbsoluteTime: maybe(isoish), Sentiment: nastyJson }, { requiredKeys: [] }), { maxLength: 4 })),
    ConversationCharacteristics: maybe(fc.record({ TotalConversationDurationMillis: maybe(extremeNumber), Sentiment: nastyJson }, { requiredKeys: [] })),
    Categories: nastyJson,
    ContentMetadata: nastyJson,
  },
  { requiredKeys: [] },
);
const connectText = fc.oneof(lines(jsonText(connectContact)), jsonText(connectContact), jsonText(nastyJson));

const TEXT: Record<ImportFormat, fc.Arbitrary<string>> = {
  jsonl: jsonlText,
  csv: csvText,
  twcs: twcsText,
  abcd: abcdText,
  zendesk: zendeskText,
  intercom: intercomText,
  connect: connectText,
};

const fileCase = (format: ImportFormat): fc.Arbitrary<FileCase> =>
  fc.record({
    bytes: asFileBytes(TEXT[format]),
    cuts: fc.array(fc.nat(), { maxLength: 4 }),
    name: fc.oneof(fc.constant(`export.${format}`), fc.constant('contact_analysis_2026-11-02T09_15_00Z.json'), fc.constant('x_analysis_9999-99-99T99_99_99Z.json'), nastyString),
    mapping: format === 'csv' ? csvMapping : fc.constant({}),
    forced: fc.option(fc.constantFrom(...ENCODINGS), { freq: 4 }),
    redact: fc.boolean(),
  });

/** The file's bytes as the importer reads them: decoded with the detected (or chosen) encoding, in chunks cut anywhere. */
function decodedStream(c: FileCase): Readable {
  const encoding = c.forced ?? detectEncoding(c.bytes);
  const points = [...new Set(c.cuts.map((n) => (c.bytes.length ? n % c.bytes.length : 0)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const p of [...points, c.bytes.length]) {
    if (p > start) chunks.push(c.bytes.subarray(start, p));
    start = Math.max(start, p);
  }
  return Readable.from(chunks).pipe(iconv.decodeStream(encoding === 'utf8' ? 'utf-8' : encoding, { stripBOM: true })) as unknown as Readable;
}

async function runParser(format: ImportFormat, c: FileCase): Promise<void> {
  const file = c.name || 'unnamed';
  const parser = PARSERS[format];
  let transcripts = 0;
  try {
    for await (const item of parser({ file, text: () => decodedStream(c), mapping: c.mapping })) {
      if ('error' in item) {
        const parsed = rowErrorSchema.safeParse(item.error);
        if (!parsed.success) throw new Error(`not a RowError: ${JSON.stringify(item.error)}`);
        continue;
      }
      transcripts += 1;
      const valid = transcriptSchema.safeParse(item.transcript);
      if (!valid.success) throw new Error(`invalid transcript: ${valid.error.message}`);
      if (item.line !== null && !Number.isInteger(item.line)) throw new Error(`line ${item.line}`);
      const row = toRow(item.transcript, format, 'fuzz', { redact: c.redact });
      if (JSON.parse(row.turns_json).length !== row.turn_count) throw new Error('turn count differs from the turns stored');
    }
  } catch (error) {
    if (isGleanerError(error)) return;
    throw error;
  }
  expect(transcripts).toBeGreaterThanOrEqual(0);
}

describe('importers under hostile files', () => {
  for (const format of Object.keys(PARSERS) as ImportFormat[]) {
    it(
      `${format}: no crash, no hang, only RowErrors and valid conversations (${FUZZ_RUNS} cases)`,
      async () => {
        await fc.assert(
          fc.asyncProperty(fileCase(format), async (c) => {
            const started = performance.now();
            await within(5_000, `${format} parser`, runParser(format, c));
            const ms = performance.now() - started;
            if (ms > 2_000) throw new Error(`${format} parser took ${Math.round(ms)} ms on ${c.bytes.length} bytes`);
          }),
          fuzzParams(),
        );
      },
      fuzzTimeout(15),
    );
  }

  it(`format and encoding detection never throw on any bytes (${FUZZ_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), nastyString, (bytes, name) => {
        const buffer = Buffer.from(bytes);
        const encoding = detectEncoding(buffer);
        looksBinary(buffer, encoding);
        const guesses = detectFormat(name, buffer.toString('utf8'));
        for (const g of guesses) expect(g.confidence).toBeGreaterThanOrEqual(0);
      }),
      fuzzParams(),
    );
  });

  it('huge fields: an 9 MiB line is skipped with a RowError, a 2 MiB turn is kept', async () => {
    const big = 'x'.repeat(9 * 1024 * 1024);
    const ok = { id: 'big', turns: [{ role: 'customer', text: 'y'.repeat(2 * 1024 * 1024) }] };
    const text = `{"id":"a","turns":[{"role":"customer","text":"${big}"}]}\n${JSON.stringify(ok)}\n`;
    const items = [];
    for await (const item of PARSERS.jsonl({ file: 'big.jsonl', text: () => Readable.from([text]), mapping: {} })) items.push(item);
    expect(items.map((i) => ('error' in i ? 'error' : i.transcript.id))).toEqual(['error', 'big']);
  });
});
