import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TranscriptInput } from '../../shared/domain/transcript';
import { CSV_FIELDS } from '../../shared/domain/ingest';
import { COLUMN_SYNONYMS } from '../../electron/core/ingest/columns';
import { toRow } from '../../electron/core/transcripts/row';
import {
  addTranscripts,
  listTranscripts,
  transcriptFacets,
} from '../../electron/core/transcripts/store';
import { Workspace } from '../../electron/core/workspace/workspace';

const conversation = (
  id: string,
  day: number,
  turns: TranscriptInput['turns'],
  extra: Partial<TranscriptInput> = {},
): TranscriptInput => ({
  id,
  started_at: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
  turns,
  ...extra,
});

describe('the transcript list', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-list-'));
    ws = await Workspace.create(join(dir, 'ws'));
    const rows = [
      conversation('c1', 1, [
        { role: 'customer', text: 'My parcel never arrived' },
        { role: 'agent', text: 'I will issue a REFUND today' },
      ]),
      conversation('c2', 2, [{ role: 'customer', text: '我想申请退款，订单还没到' }], {
        language: 'zh-CN',
      }),
      conversation(
        'c3',
        3,
        [{ role: 'customer', text: 'How do I reset my password? "quoted" \\ back' }],
        {
          channel: 'email',
        },
      ),
    ].map((t) => toRow(t, 'jsonl', 'import-1', { redact: false }));
    await addTranscripts(ws, rows);
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  const keys = async (filter: Parameters<typeof listTranscripts>[1]) =>
    (await listTranscripts(ws, filter, 0, 50)).items.map((i) => i.key);

  it('searches every turn, case-insensitively, in English and Chinese, newest first', async () => {
    expect(await keys({ query: 'refund' })).toEqual(['jsonl:c1']);
    expect(await keys({ query: '退款' })).toEqual(['jsonl:c2']);
    expect(await keys({ query: '"quoted" \\' })).toEqual(['jsonl:c3']);
    expect(await keys({})).toEqual(['jsonl:c3', 'jsonl:c2', 'jsonl:c1']);
    // Words of the stored JSON itself are not conversation text.
    expect(await keys({ query: 'role' })).toEqual([]);
    expect(await keys({ query: 'customer' })).toEqual([]);
    const hit = (await listTranscripts(ws, { query: 'refund' }, 0, 1)).items[0]!;
    expect(hit.preview).toContain('REFUND');
  });

  it('combines search with the other filters and pages through the result', async () => {
    expect(await keys({ query: 'password', channel: 'email' })).toEqual(['jsonl:c3']);
    expect(await keys({ query: 'password', channel: 'chat' })).toEqual([]);
    expect(await keys({ channel: 'chat' })).toEqual([]);
    expect(await keys({ outcome: 'escalated' })).toEqual([]);
    const page = await listTranscripts(ws, {}, 1, 1);
    expect(page).toMatchObject({ total: 3, items: [{ key: 'jsonl:c2' }] });
    expect(await listTranscripts(ws, {}, 0, 1, 'jsonl:c1')).toMatchObject({ position: 2 });
    expect(await listTranscripts(ws, { channel: 'email' }, 0, 1, 'jsonl:c1')).toMatchObject({
      position: null,
    });
    expect(await keys({ from: '2026-11-02T00:00:00Z', to: '2026-11-03T00:00:00Z' })).toEqual([
      'jsonl:c2',
    ]);
  });

  it('sees conversations added after a first listing (the remembered result follows the table)', async () => {
    expect((await listTranscripts(ws, {}, 0, 10)).total).toBe(3);
    await addTranscripts(ws, [
      toRow(conversation('c4', 4, [{ role: 'customer', text: 'refund please' }]), 'jsonl', 'i2', {
        redact: false,
      }),
    ]);
    expect(await keys({ query: 'refund' })).toEqual(['jsonl:c4', 'jsonl:c1']);
  });

  it('searches for LIKE wildcards and backslashes as plain text', async () => {
    await addTranscripts(ws, [
      toRow(
        conversation('c6', 6, [{ role: 'customer', text: 'Discount of 50% on plan_b' }]),
        'jsonl',
        'i4',
        {
          redact: false,
        },
      ),
    ]);
    expect(await keys({ query: '50%' })).toEqual(['jsonl:c6']);
    expect(await keys({ query: '%' })).toEqual(['jsonl:c6']);
    expect(await keys({ query: '_' })).toEqual(['jsonl:c6']);
    expect(await keys({ query: 'n_b' })).toEqual(['jsonl:c6']);
    expect(await keys({ query: 'n%b' })).toEqual([]);
    expect(await keys({ query: '\\' })).toEqual(['jsonl:c3']);
  });

  it("filters by a topic's conversations", async () => {
    await (
      await ws.table('topic_assignments')
    ).add([
      { transcript_key: 'jsonl:c1', topic_id: 't1', similarity: 0.9 },
      { transcript_key: 'jsonl:c3', topic_id: 't1', similarity: 0.8 },
      { transcript_key: 'jsonl:c2', topic_id: 't2', similarity: 0.7 },
    ]);
    expect(await keys({ topicId: 't1' })).toEqual(['jsonl:c3', 'jsonl:c1']);
    expect(await keys({ topicId: 't1', query: 'refund' })).toEqual(['jsonl:c1']);
    expect(await keys({ topicId: 'nope' })).toEqual([]);
  });

  it('counts the channels and languages', async () => {
    const facets = await transcriptFacets(ws);
    expect(facets.total).toBe(3);
    expect(facets.channels).toEqual([{ value: 'email', count: 1 }]);
    expect(facets.languages.find((l) => l.value === 'zh-CN')).toEqual({ value: 'zh-CN', count: 1 });
    expect(facets.languages.reduce((n, l) => n + l.count, 0)).toBe(3);
    // Remembered per table version: a new conversation is counted at the next call.
    await addTranscripts(ws, [
      toRow(
        conversation('c5', 5, [{ role: 'customer', text: 'hello' }], { channel: 'email' }),
        'jsonl',
        'i3',
        { redact: false },
      ),
    ]);
    const after = await transcriptFacets(ws);
    expect(after.total).toBe(4);
    expect(after.channels).toEqual([{ value: 'email', count: 2 }]);
  });

  it('offers every CSV field the importer maps, and only those', () => {
    expect([...CSV_FIELDS].sort()).toEqual(Object.keys(COLUMN_SYNONYMS).sort());
  });
});
