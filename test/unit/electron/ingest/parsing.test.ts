import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  parseInstant,
  parseRole,
  splitTranscriptText,
} from '../../../../electron/core/ingest/columns';
import { detectFormat } from '../../../../electron/core/ingest/detect';
import { detectEncoding, looksBinary } from '../../../../electron/core/ingest/encoding';
import { readJsonRecords } from '../../../../electron/core/ingest/formats/json-documents';
import { readLines } from '../../../../electron/core/ingest/lines';

const collect = async <T>(gen: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of gen) out.push(item);
  return out;
};

describe('lines', () => {
  it('splits on \\n only across chunk borders, keeps a lone \\r, and skips an over-long line without buffering it', async () => {
    const stream = Readable.from(['a\r\nb', 'c\rd\n', 'x'.repeat(30), 'x'.repeat(30), '\nlast']);
    const items = await collect(readLines(stream, 40));
    expect(items).toEqual([
      { line: 'a', lineNo: 1 },
      { line: 'bc\rd', lineNo: 2 },
      { tooLong: true, lineNo: 3 },
      { line: 'last', lineNo: 4 },
    ]);
  });
});

describe('CSV columns', () => {
  it('guesses canonical fields from English and Chinese headers, and a user mapping wins', () => {
    expect(guessMapping(['会话ID', '客户', '角色', '内容', '时间'])).toEqual({
      id: '会话ID',
      customer_id: '客户',
      role: '角色',
      text: '内容',
      at: '时间',
    });
    expect(
      guessMapping(['Ticket ID', 'Requester', 'Transcript', 'CSAT'], { customer_id: 'Ticket ID' }),
    ).toMatchObject({
      id: 'Ticket ID',
      customer_id: 'Ticket ID',
      text: 'Transcript',
      csat: 'CSAT',
    });
  });

  it('reads roles, dates without a zone as UTC, and splits a one-column transcript into turns', () => {
    expect(['Customer', '客服', 'Virtual Agent', 'note', 'wizard'].map(parseRole)).toEqual([
      'customer',
      'agent',
      'bot',
      'system',
      null,
    ]);
    expect(parseInstant('2026-11-02 09:00')).toBe('2026-11-02T09:00:00.000Z');
    expect(parseInstant('2026-11-02T09:00:00+08:00')).toBe('2026-11-02T01:00:00.000Z');
    expect(parseInstant('soon')).toBeNull();
    expect(splitTranscriptText('Customer: hi\nthere\nAgent: hello\n客户：谢谢')).toEqual([
      { role: 'customer', text: 'hi\nthere' },
      { role: 'agent', text: 'hello' },
      { role: 'customer', text: '谢谢' },
    ]);
  });
});

describe('format and encoding detection', () => {
  it('ranks the formats by the first bytes and the file name', () => {
    expect(
      detectFormat(
        'x.csv',
        'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n',
      )[0],
    ).toEqual({ format: 'twcs', confidence: 0.98 });
    expect(detectFormat('a.jsonl', '{"id":"1","turns":[]}\n')[0]!.format).toBe('jsonl');
    expect(
      detectFormat(
        'export.json',
        '{"type":"conversation.list","conversations":[{"conversation_parts":{}}]}',
      )[0]!.format,
    ).toBe('intercom');
    expect(detectFormat('a.json', '{"Participants":[],"Transcript":[]}')[0]!.format).toBe(
      'connect',
    );
    expect(detectFormat('t.json', '{"tickets":[]}')[0]!.format).toBe('zendesk');
    expect(detectFormat('notes.txt', 'hello')).toEqual([]);
  });

  it('detects BOMs, UTF-16 without a BOM, UTF-8 and GB18030, and tells binary files apart', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf8');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0]))).toBe('utf16le');
    expect(detectEncoding(Buffer.from('id,text\n1,hi\n', 'utf16le'))).toBe('utf16le');
    expect(detectEncoding(Buffer.from('会话,内容', 'utf8'))).toBe('utf8');
    expect(detectEncoding(iconv.encode('会话ID,内容\n1,退款什么时候到账', 'gb18030'))).toBe(
      'gb18030',
    );
    expect(looksBinary(Buffer.from([0x89, 0x50, 0, 1]), 'utf8')).toBe(true);
    expect(looksBinary(Buffer.from('a,b', 'utf16le'), 'utf16le')).toBe(false);
  });
});

describe('JSON documents', () => {
  it('reads JSON Lines one value at a time and a pretty-printed document one record at a time', async () => {
    const shape = { arrays: ['tickets'] };
    const lines = await collect(
      readJsonRecords(() => Readable.from(['{"a":1}\n{"a":2}\n{oops\n']), 'f.json', shape),
    );
    expect(lines).toEqual([
      { records: [{ a: 1 }], line: 1, side: undefined },
      { records: [{ a: 2 }], line: 2, side: undefined },
      { error: expect.objectContaining({ line: 3 }) as unknown },
    ]);
    const pretty = await collect(
      readJsonRecords(
        () => Readable.from(['{\n  "tickets": [\n', '{"id": 1}, {"id": 2}]\n}\n']),
        'f.json',
        shape,
      ),
    );
    expect(pretty).toEqual([{ records: [{ id: 1 }, { id: 2 }], line: 1, side: undefined }]);
  });
});
