import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles, reportErrorsCsv } from '../../electron/core/ingest/import';
import { computeRepeats } from '../../electron/core/ingest/repeats';
import {
  countTranscripts,
  getTranscript,
  listTranscripts,
} from '../../electron/core/transcripts/store';
import { Workspace } from '../../electron/core/workspace/workspace';

const DATA = resolve(import.meta.dirname, '../../../shared/data');
const opts = (files: string[], extra: Record<string, unknown> = {}) => ({
  files,
  format: 'auto' as const,
  encoding: 'auto' as const,
  mapping: {},
  ...extra,
});

describe('ingestion', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-ingest-'));
    ws = await Workspace.create(join(dir, 'ws'));
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('rebuilds the 1,312 Twitter support threads from 5,000 tweets, and a re-import adds nothing', async () => {
    const file = join(DATA, 'twcs', 'twcs.csv');
    const first = await importFiles(ws, opts([file]));
    expect(first.files[0]).toMatchObject({ format: 'twcs', encoding: 'utf8' });
    expect(first).toMatchObject({ read: 1312, imported: 1312, rejected: 0 });
    const again = await importFiles(ws, opts([file]));
    expect(again).toMatchObject({ imported: 0, duplicates: 1312 });
    expect(await countTranscripts(ws)).toBe(1312);
    const thread = await getTranscript(ws, 'twcs:3399');
    expect(
      thread.turns.reduce((n, t) => n + t.text.split('\r').length - 1, 0),
    ).toBeGreaterThanOrEqual(2);
    const escalated = await listTranscripts(ws, { outcome: 'escalated' }, 0, 5);
    expect(escalated.total).toBeGreaterThan(50);
    const dm = await getTranscript(ws, escalated.items[0]!.key);
    expect(dm.escalationRule).toBe('dm_redirect');
    const roles = new Set(thread.turns.map((t) => t.role));
    expect([...roles].every((r) => r === 'customer' || r === 'agent')).toBe(true);
  });

  it('imports the ABCD sample with its 72 turns, action turns as system, and the customer name redacted', async () => {
    const report = await importFiles(ws, opts([join(DATA, 'abcd', 'abcd_sample.json')]));
    expect(report).toMatchObject({ imported: 3, rejected: 0, files: [{ format: 'abcd' }] });
    const page = await listTranscripts(ws, {}, 0, 10);
    const details = await Promise.all(page.items.map((i) => getTranscript(ws, i.key)));
    expect(details.reduce((n, d) => n + d.turns.length, 0)).toBe(72);
    expect(details.some((d) => d.turns.some((t) => t.role === 'system'))).toBe(true);
    const all = JSON.stringify(details);
    expect(all).not.toMatch(/crystal minh/i);
    expect(all).toContain('[NAME]');
    expect(all).not.toMatch(/[\w.]+@[\w.]+\.com/);
  });

  it('reports bad JSON lines with file, line and field while the valid lines import', async () => {
    const file = join(dir, 'mixed.jsonl');
    const good = (id: string) =>
      JSON.stringify({
        id,
        customer_id: 'c1',
        started_at: '2026-11-01T10:00:00Z',
        turns: [{ role: 'customer', text: 'My card was charged twice' }],
        outcome: { resolved: true },
        ticket_priority: 'high',
      });
    await writeFile(
      file,
      [
        good('a'),
        '{ not json',
        JSON.stringify({ id: 'b', turns: [{ role: 'wizard', text: 'x' }] }),
        JSON.stringify({ turns: [{ role: 'agent', text: 'x' }] }),
        `{"id":"big","turns":[{"role":"customer","text":"${'x'.repeat(9 * 1024 * 1024)}"}]}`,
        good('c'),
        '',
      ].join('\n'),
    );
    const report = await importFiles(ws, opts([file]));
    expect(report).toMatchObject({ imported: 2, rejected: 4 });
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [2, null],
      [3, 'turns.0.role'],
      [4, 'id'],
      [5, null],
    ]);
    expect(report.errors[0]!.message).toMatch(/malformed JSON/);
    expect(report.errors[3]!.message).toMatch(/8 MiB/);
    expect(reportErrorsCsv(report).split('\n')[0]).toBe('file,line,field,message');
    const stored = await getTranscript(ws, 'jsonl:a');
    expect(stored.metadata).toMatchObject({ ticket_priority: 'high' });
  });

  it('refuses empty and binary files with a clear message and keeps what is stored', async () => {
    await importFiles(ws, opts([join(DATA, 'abcd', 'abcd_sample.json')]));
    const empty = join(dir, 'empty.csv');
    const binary = join(dir, 'image.csv');
    await writeFile(empty, '');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
    const report = await importFiles(ws, opts([empty, binary, join(dir, 'missing.csv')]));
    expect(report.errors.map((e) => e.message)).toEqual([
      'the file is empty',
      'this is a binary file, not a text export',
      'no such file',
    ]);
    expect(await countTranscripts(ws)).toBe(3);
  });

  it('imports a per-turn CSV in GB18030 with Chinese headers, and a per-conversation CSV in UTF-16 with a mapping', async () => {
    const zh = join(dir, 'zh.csv');
    const rows = [
      '会话ID,客户,渠道,时间,角色,内容',
      'z1,u1,chat,2026-11-02 09:00,客户,我的快递一直没有更新物流信息',
      'z1,u1,chat,2026-11-02 09:01,客服,您好，请提供订单号：2023110588',
      'z1,u1,chat,2026-11-02 09:03,客户,手机号13800138000',
      'z2,u2,chat,2026-11-02 10:00,客户,退款什么时候到账',
    ];
    await writeFile(zh, iconv.encode(rows.join('\r\n'), 'gb18030'));
    const zhReport = await importFiles(ws, opts([zh]));
    expect(zhReport.files[0]).toMatchObject({ format: 'csv', encoding: 'gb18030' });
    expect(zhReport).toMatchObject({ imported: 2, rejected: 0 });
    const z1 = await getTranscript(ws, 'csv:z1');
    expect(z1.language).toBe('zh-CN');
    expect(z1.turns.map((t) => t.role)).toEqual(['customer', 'agent', 'customer']);
    expect(z1.turns[1]!.text).toBe('您好，请提供订单号：[ACCOUNT]');
    expect(z1.turns[2]!.text).toBe('手机号[PHONE]');

    const en = join(dir, 'tickets.csv');
    const csv = [
      'ticket_ref,requester,transcript,csat',
      't-1,ann@example.com,"Customer: I can\'t log in\nAgent: Reset your password from the login page.\nCustomer: That worked, thanks",5',
      't-2,bob@example.com,"Customer: still broken",nope',
    ].join('\n');
    await writeFile(en, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]));
    const report = await importFiles(
      ws,
      opts([en], {
        mapping: { id: 'ticket_ref', customer_id: 'requester', text: 'transcript' },
        source: 'helpdesk',
      }),
    );
    expect(report.files[0]).toMatchObject({ encoding: 'utf16le' });
    expect(report).toMatchObject({ imported: 1, rejected: 1 });
    expect(report.errors[0]).toMatchObject({ line: 5, field: 'csat' });
    const t1 = await getTranscript(ws, 'helpdesk:t-1');
    expect(t1.turns.map((t) => t.role)).toEqual(['customer', 'agent', 'customer']);
    expect(t1.customerId).toMatch(/^cust-[0-9a-f]{16}$/);
    expect(t1.csat).toBe(5);
  });

  it('pseudonymises a customer id that is a phone number, and redacts the workspace\'s own account formats', async () => {
    await ws.updateSettings({ accountPatterns: ['ORD-\\d{6}'] });
    const file = join(dir, 'phones.jsonl');
    const line = (id: string, customer: string, text: string, metadata = {}) =>
      JSON.stringify({ id, customer_id: customer, turns: [{ role: 'customer', text }], metadata });
    await writeFile(
      file,
      [
        line('p-1', '+1 415 555 0100', 'Where is ORD-123456?', { order: 'ORD-654321' }),
        line('p-2', '+1 415 555 0100', 'Still waiting for ORD-123456'),
        line('p-3', 'sprintcare', 'Plain id'),
      ].join('\n'),
    );
    expect(await importFiles(ws, opts([file], { source: 'phones' }))).toMatchObject({ imported: 3 });
    const [p1, p2, p3] = await Promise.all(['p-1', 'p-2', 'p-3'].map((id) => getTranscript(ws, `phones:${id}`)));
    expect(p1!.customerId).toMatch(/^cust-[0-9a-f]{16}$/);
    expect(p2!.customerId).toBe(p1!.customerId);
    expect(p3!.customerId).toBe('sprintcare');
    expect(p1!.turns[0]!.text).toBe('Where is [ACCOUNT]?');
    expect(JSON.stringify(p1)).not.toMatch(/415|ORD-\d/);
  });

  it('names the missing column of a CSV', async () => {
    const file = join(dir, 'bad.csv');
    await writeFile(file, 'foo,bar\n1,2\n');
    const report = await importFiles(ws, opts([file], { format: 'csv' }));
    expect(report.imported).toBe(0);
    expect(report.errors[0]!.message).toMatch(
      /no column for id and text; map one with --map id=COLUMN/,
    );
  });

  it('never crashes on arbitrary bytes: only typed per-row errors', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 400 }),
        fc.constantFrom('jsonl', 'csv'),
        async (bytes, format) => {
          const file = join(dir, `fuzz.${format}`);
          await writeFile(file, bytes);
          const report = await importFiles(ws, opts([file], { format }));
          expect(report.read).toBeGreaterThanOrEqual(0);
          for (const error of report.errors) expect(typeof error.message).toBe('string');
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('repeat contacts', () => {
  const day = 24 * 3600 * 1000;
  const t0 = Date.parse('2026-11-01T23:30:00+08:00');
  it('counts a return within the window across time zones and midnight, not after it, and never without a customer id', () => {
    const flags = computeRepeats(
      [
        { key: 'a', customerId: 'c1', startedMs: t0, endedMs: t0 + 600_000 },
        {
          key: 'b',
          customerId: 'c1',
          startedMs: Date.parse('2026-11-08T15:00:00Z'),
          endedMs: null,
        },
        {
          key: 'c',
          customerId: 'c1',
          startedMs: Date.parse('2026-11-08T15:00:00Z') + 8 * day,
          endedMs: null,
        },
        { key: 'd', customerId: null, startedMs: t0, endedMs: t0 },
        { key: 'e', customerId: null, startedMs: t0 + 1000, endedMs: t0 + 1000 },
      ],
      7,
    );
    const byKey = Object.fromEntries(flags.map((f) => [f.key, f]));
    expect(byKey.a).toMatchObject({ repeat: true, previousKey: null });
    expect(byKey.b).toMatchObject({ repeat: false, previousKey: 'a' });
    expect(byKey.c).toMatchObject({ repeat: false, previousKey: null });
    expect(byKey.d!.repeat || byKey.e!.repeat).toBe(false);
  });
});
