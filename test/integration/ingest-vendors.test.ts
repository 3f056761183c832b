import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../electron/core/ingest/import';
import { previewFile } from '../../electron/core/ingest/preview';
import { getTranscript } from '../../electron/core/transcripts/store';
import { Workspace } from '../../electron/core/workspace/workspace';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/ingest');
const opts = (files: string[], extra: Record<string, unknown> = {}) => ({
  files,
  format: 'auto' as const,
  encoding: 'auto' as const,
  mapping: {},
  ...extra,
});

describe('vendor exports', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-vendors-'));
    ws = await Workspace.create(join(dir, 'ws'));
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('Zendesk: requester vs agent by author, private notes as system turns, status, CSAT, tags and names redacted', async () => {
    const file = join(FIXTURES, 'zendesk_tickets.json');
    expect((await previewFile(file)).format).toBe('zendesk');
    const report = await importFiles(ws, opts([file]));
    expect(report).toMatchObject({ imported: 2, rejected: 1, files: [{ format: 'zendesk' }] });
    expect(report.errors[0]).toMatchObject({ field: 'turns' });
    const refund = await getTranscript(ws, 'zendesk:35436');
    expect(refund.turns.map((t) => t.role)).toEqual(['customer', 'system', 'agent', 'customer']);
    expect(refund.turns[2]!.text).toBe(
      'Hi [NAME],\nSorry for the wait & thanks for your patience. The refund was issued today.',
    );
    expect(refund.turns[0]!.text).toContain('[PHONE]');
    expect(refund.turns[0]!.text).toMatch(/Thanks, \[NAME\]$/);
    expect(refund).toMatchObject({ resolved: true, csat: 5, escalated: false, channel: 'email' });
    expect(JSON.stringify(refund)).not.toMatch(/Jane|Roe|jane\.roe/);
    const crash = await getTranscript(ws, 'zendesk:35437');
    expect(crash).toMatchObject({
      resolved: false,
      escalated: true,
      escalationRule: 'data',
      csat: null,
    });
  });

  it('Intercom: source message and parts by author type, bot handoff, notes internal, rating', async () => {
    const file = join(FIXTURES, 'intercom_conversations.json');
    const report = await importFiles(ws, opts([file]));
    expect(report).toMatchObject({ imported: 2, rejected: 0, files: [{ format: 'intercom' }] });
    const parcel = await getTranscript(ws, 'intercom:147');
    expect(parcel.turns.map((t) => t.role)).toEqual([
      'customer',
      'bot',
      'customer',
      'system',
      'system',
      'agent',
    ]);
    expect(parcel.turns[0]!.text).toBe(
      "My package says delivered but it isn't here. Order #[ACCOUNT].",
    );
    expect(parcel.turns[3]!.text).toBe('Assigned to team Delivery');
    expect(parcel).toMatchObject({
      escalated: true,
      escalationRule: 'bot_handoff',
      escalationTurn: 5,
      csat: 2,
      resolved: true,
      customerId: 'cust-778',
    });
    expect(parcel.turns[0]!.at).toBe(new Date(1793520000 * 1000).toISOString());
    expect(JSON.stringify(parcel)).not.toContain('Maria');
    const plan = await getTranscript(ws, 'intercom:148');
    expect(plan).toMatchObject({ channel: 'email', resolved: false });
    expect(plan.turns[1]!.text).toBe('Go to Settings > Billing.');
  });

  it('Amazon Connect Contact Lens: participants, offsets from the start in the file name, sentiment, card redacted', async () => {
    const file = join(FIXTURES, 'contact-lens_analysis_2026-11-02T09_15_00Z.json');
    const report = await importFiles(ws, opts([file]));
    expect(report).toMatchObject({ imported: 1, rejected: 0, files: [{ format: 'connect' }] });
    const call = await getTranscript(ws, 'connect:e5e8a1c2-7f3b-4c8d-9d52-0b8a3f1e2a11');
    expect(call.turns.map((t) => t.role)).toEqual(['agent', 'customer', 'agent', 'customer']);
    expect(call.turns[1]!.text).toBe('I was charged twice for my subscription. My card is [CARD].');
    expect(call.turns[1]!.at).toBe('2026-11-02T09:15:06.800Z');
    expect(call).toMatchObject({
      channel: 'voice',
      language: 'en-US',
      handleSeconds: 184,
      escalated: true,
      escalationRule: 'transfer_phrase',
      escalationTurn: 2,
    });
    expect(call.metadata).toMatchObject({
      sentiment: { CUSTOMER: -1.4 },
      turn_sentiment: ['NEUTRAL', 'NEGATIVE', 'NEUTRAL', 'POSITIVE'],
    });
  });

  it('reads vendor exports given as JSON Lines, one record per line, reporting the malformed line', async () => {
    const file = join(dir, 'tickets.jsonl');
    const ticket = (id: number) =>
      JSON.stringify({
        id,
        requester_id: 1,
        status: 'closed',
        created_at: '2026-11-01T10:00:00Z',
        comments: [
          { author_id: 1, public: true, plain_body: 'Where is my invoice?' },
          { author_id: 2, public: true, plain_body: 'Attached.' },
        ],
      });
    await writeFile(file, [ticket(1), '{"id": 2, "comments": [', ticket(3)].join('\n'));
    const report = await importFiles(ws, opts([file], { format: 'zendesk' }));
    expect(report).toMatchObject({ imported: 2, rejected: 1 });
    expect(report.errors[0]).toMatchObject({ line: 2 });
    expect((await getTranscript(ws, 'zendesk:3')).turns.map((t) => t.role)).toEqual([
      'customer',
      'agent',
    ]);
  });

  it('streams a pretty-printed Zendesk page: the tickets before a malformed spot import, the error names the file and line', async () => {
    const file = join(dir, 'page.json');
    const ticket = (id: number) =>
      JSON.stringify({ id, requester_id: 1, status: 'open', comments: [{ author_id: 1, public: true, plain_body: `Invoice ${id} is missing` }, { author_id: 2, public: true, plain_body: 'Looking.' }] }, null, 2);
    const good = Array.from({ length: 3000 }, (_, i) => ticket(i + 1));
    await writeFile(file, `{\n"tickets": [\n${good.join(',\n')},\n{ "id": 3001, "status": open }\n, ${ticket(3002)}],\n"users": [{"id": 1, "role": "end-user"}]\n}\n`);
    const report = await importFiles(ws, opts([file]));
    expect(report).toMatchObject({ imported: 3000, rejected: 1, files: [{ format: 'zendesk' }] });
    const lines = 3 + good.join(',\n').split('\n').length;
    expect(report.errors).toEqual([
      { file, line: lines, field: null, message: expect.stringMatching(new RegExp(`^malformed JSON at line ${lines}, column 25: .*the 3000 records before it were read`)) as unknown },
    ]);
    expect((await getTranscript(ws, 'zendesk:3000')).turns.map((t) => t.role)).toEqual(['customer', 'agent']);
    await expect(getTranscript(ws, 'zendesk:3002')).rejects.toThrow();
  });
});
