import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../../../electron/core/ingest/formats';
import type { ParsedItem } from '../../../../electron/core/ingest/types';
import type { ImportFormat } from '../../../../shared/domain/ingest';

// The JSON-document importers stream: records come out while the file is still being read, the parser
// never runs far ahead of them, and a fault keeps the records before it.

const CHUNK = 64 * 1024;

/**
 * A file served as text chunks of CHUNK characters, made as they are asked for, counting how many each
 * opening (the importer may open the file more than once) has delivered so far.
 */
function servedFile(parts: () => Iterable<string>) {
  const delivered: number[] = [];
  let total = 0;
  const text = () => {
    const opening = delivered.push(0) - 1;
    async function* chunks() {
      let pending = '';
      for (const part of parts()) {
        pending += part;
        while (pending.length >= CHUNK) {
          delivered[opening]! += 1;
          yield pending.slice(0, CHUNK);
          pending = pending.slice(CHUNK);
        }
      }
      if (pending) {
        delivered[opening]! += 1;
        yield pending;
      }
    }
    return Readable.from(chunks(), { objectMode: true, highWaterMark: 1 });
  };
  for (const part of parts()) total += part.length;
  return { text, delivered, chunks: Math.ceil(total / CHUNK) };
}

const parse = (
  format: ImportFormat,
  file: string,
  text: () => Readable,
): AsyncGenerator<ParsedItem> => PARSERS[format]({ file, text, mapping: {} });

const ticket = (id: number) =>
  JSON.stringify({
    id,
    requester_id: 1,
    subject: `Invoice ${id}`,
    status: 'solved',
    created_at: '2026-11-01T10:00:00Z',
    comments: [
      {
        author_id: 1,
        public: true,
        plain_body: `Where is my invoice ${id}? ${'please '.repeat(100)}`,
      },
      {
        author_id: 2,
        public: true,
        plain_body: `Attached, sorry for the wait. ${'thanks '.repeat(80)}`,
      },
      { author_id: 2, public: false, plain_body: 'customer asked twice' },
    ],
  });
const USERS =
  '[{"id": 1, "role": "end-user", "name": "Jane Roe", "email": "jane@example.com"}, {"id": 2, "role": "agent", "name": "Al"}]';

function* zendeskPage(tickets: number, usersFirst: boolean): Generator<string> {
  yield usersFirst ? `{\n  "users": ${USERS},\n  "tickets": [\n` : '{\n  "tickets": [\n';
  for (let i = 1; i <= tickets; i += 1) yield `    ${ticket(i)}${i < tickets ? ',' : ''}\n`;
  yield usersFirst ? '  ],\n  "count": 1\n}\n' : `  ],\n  "users": ${USERS}\n}\n`;
}

describe('JSON documents, streamed', () => {
  it('imports a 20 MB Zendesk page ticket by ticket: the first comes after a few chunks, and the reading never runs far ahead', async () => {
    const tickets = 16_000;
    const served = servedFile(() => zendeskPage(tickets, true));
    expect(served.chunks * CHUNK).toBeGreaterThan(20_000_000);
    // Where each part of the file ends: [0] the users, [i] ticket i.
    const ends: number[] = [];
    for (const part of zendeskPage(tickets, true)) ends.push((ends.at(-1) ?? 0) + part.length);
    let count = 0;
    let firstAfter = -1;
    let mostAhead = 0;
    for await (const item of parse('zendesk', 'tickets.json', served.text)) {
      if ('error' in item) throw new Error(item.error.message);
      count += 1;
      const main = served.delivered[served.delivered.length - 1]!;
      if (firstAfter < 0) firstAfter = main;
      // How many chunks past the one this ticket ends in have been read.
      const ahead = main - Math.ceil(ends[count]! / CHUNK);
      mostAhead = Math.max(mostAhead, ahead);
      if (count === 1) {
        expect(item.transcript).toMatchObject({
          id: '1',
          customer_id: 'jane@example.com',
          outcome: { resolved: true },
        });
        expect(item.transcript.turns.map((t) => t.role)).toEqual(['customer', 'agent', 'system']);
        expect(item.transcript.metadata).toMatchObject({ requester_name: 'Jane Roe' });
      }
    }
    expect(count).toBe(tickets);
    expect(served.delivered.at(-1)).toBe(served.chunks);
    expect(firstAfter).toBeLessThan(served.chunks / 50);
    expect(mostAhead).toBeLessThan(4);
    // The users came first: looking for them read only the start of the file.
    expect(served.delivered.slice(0, -1).every((n) => n < 3)).toBe(true);
  });

  it('users side-loaded after the tickets still name the requesters (a pass of their own finds them)', async () => {
    const served = servedFile(() => zendeskPage(300, false));
    const transcripts = [];
    for await (const item of parse('zendesk', 'tickets.json', served.text))
      if ('transcript' in item) transcripts.push(item.transcript);
    expect(transcripts).toHaveLength(300);
    expect(transcripts[299]).toMatchObject({
      id: '300',
      customer_id: 'jane@example.com',
      metadata: { requester_name: 'Jane Roe' },
    });
  });

  it('ABCD splits in one object: every split streamed, conversations numbered across them', async () => {
    const convo = (id: number) =>
      JSON.stringify({
        convo_id: id,
        scenario: { flow: 'refund', personal: { username: `u${id}` } },
        original: [
          ['customer', `refund ${id} ${'x'.repeat(600)}`],
          ['action', 'pull-up-account'],
          ['agent', 'Done.'],
        ],
      });
    const split = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => convo(from + i)).join(',\n');
    const served = servedFile(function* () {
      yield `{"train": [\n${split(0, 6000)}\n],\n"dev": [\n${split(6000, 2000)}\n], "note": {"ignored": [1, 2]}}`;
    });
    const lines: Array<number | null> = [];
    let firstAfter = -1;
    for await (const item of parse('abcd', 'abcd.json', served.text)) {
      if ('error' in item) throw new Error(item.error.message);
      if (firstAfter < 0) firstAfter = served.delivered.at(-1)!;
      lines.push(item.line);
      if (item.line === 6001)
        expect(item.transcript).toMatchObject({
          id: '6000',
          customer_id: 'u6000',
          metadata: { flow: 'refund' },
        });
    }
    expect(lines).toEqual(Array.from({ length: 8000 }, (_, i) => i + 1));
    expect(firstAfter).toBeLessThan(served.chunks / 20);
  });

  it('a fault in the middle: the records before it are kept (those in the same chunk too), the error names the file, line and column, nothing after it is read', async () => {
    const good = Array.from({ length: 50 }, (_, i) => ticket(i + 1));
    const text = `{"tickets": [\n${good.join(',\n')},\n{"id": 51, "subject": "cut" "here"},\n${ticket(52)}\n]}\n`;
    for (const chunked of [false, true]) {
      const served = chunked ? servedFile(() => [text]) : { text: () => Readable.from([text]) };
      const items = [];
      for await (const item of parse('zendesk', 'broken.json', served.text)) items.push(item);
      const transcripts = items.filter((i) => 'transcript' in i);
      const errors = items.filter((i) => 'error' in i).map((i) => i.error);
      expect(transcripts.map((t) => t.transcript.id)).toEqual(good.map((_, i) => String(i + 1)));
      expect(errors).toEqual([
        {
          file: 'broken.json',
          line: 52,
          field: null,
          message: expect.stringMatching(
            /^malformed JSON at line 52, column 29: Parser cannot parse input: expected ','.*the 50 records before it were read/,
          ) as unknown,
        },
      ]);
      expect(items.at(-1)).toHaveProperty('error');
    }
  });

  it('a file cut short, and a minified document on one line longer than the 8 MiB line limit', async () => {
    const cut = `[${ticket(1)}, ${ticket(2)}, ${ticket(3).slice(0, 40)}`;
    const items = [];
    for await (const item of parse('zendesk', 'cut.json', () => Readable.from([cut])))
      items.push(item);
    expect(items.map((i) => ('error' in i ? i.error : i.line))).toEqual([
      1,
      2,
      {
        file: 'cut.json',
        line: 1,
        field: null,
        message: expect.stringMatching(
          new RegExp(`^malformed JSON at line 1, column ${cut.length + 1}: `),
        ) as unknown,
      },
    ]);
    const minified = servedFile(function* () {
      yield '{"tickets":[';
      for (let i = 1; i <= 8000; i += 1) yield `${i > 1 ? ',' : ''}${ticket(i)}`;
      yield ']}';
    });
    expect(minified.chunks * CHUNK).toBeGreaterThan(8 * 1024 * 1024);
    let count = 0;
    for await (const item of parse('zendesk', 'min.json', minified.text)) {
      if ('error' in item) throw new Error(item.error.message);
      count += 1;
    }
    expect(count).toBe(8000);
  });

  it('a document holding no records array is one record; only the first records array counts', async () => {
    const contact = JSON.stringify(
      {
        CustomerMetadata: { ContactId: 'c-1' },
        Channel: 'VOICE',
        Participants: [
          { ParticipantId: 'CUSTOMER', ParticipantRole: 'CUSTOMER' },
          { ParticipantId: 'AGENT', ParticipantRole: 'AGENT' },
        ],
        Transcript: [
          {
            ParticipantId: 'CUSTOMER',
            Content: 'My card was charged twice.',
            BeginOffsetMillis: 0,
          },
          { ParticipantId: 'AGENT', Content: 'Let me refund it.', BeginOffsetMillis: 4000 },
        ],
      },
      null,
      2,
    );
    const one = [];
    for await (const item of parse('connect', 'contact.json', () =>
      Readable.from([contact.slice(0, 100), contact.slice(100)]),
    ))
      one.push(item);
    expect(one).toEqual([
      { transcript: expect.objectContaining({ id: 'c-1', channel: 'voice' }) as unknown, line: 1 },
    ]);
    const two = [];
    for await (const item of parse('zendesk', 't.json', () =>
      Readable.from([`{\n"results": [${ticket(1)}],\n"tickets": [${ticket(2)}]}`]),
    ))
      two.push(item);
    expect(two.map((i) => ('transcript' in i ? i.transcript.id : i.error.message))).toEqual(['1']);
  });
});
