import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, WRITE_BYTES } from '../../electron/core/ingest/import';
import { computeRepeats } from '../../electron/core/ingest/repeats';
import { toRow } from '../../electron/core/transcripts/row';
import {
  countTranscripts,
  iterateTranscripts,
  writeTranscriptRows,
} from '../../electron/core/transcripts/store';
import { Workspace } from '../../electron/core/workspace/workspace';

const CONVERSATIONS = 14_000;
const REPEATED = 300;

/** Per-turn CSV over several writes; customers come back within hours; the first ids appear again at the end. */
function csv(): string {
  const lines = ['conversation_id,customer,started,speaker,message'];
  const convo = (i: number) => {
    const at = new Date(Date.UTC(2026, 9, 1) + i * 600_000).toISOString();
    const pad = 'x'.repeat(200);
    lines.push(
      `c${i},u${i % 700},${at},customer,"My parcel ${i} is late, order ${100000 + i} ${pad}"`,
      `c${i},u${i % 700},${at},agent,"Let me check that for you ${pad}"`,
    );
  };
  for (let i = 0; i < CONVERSATIONS; i += 1) convo(i);
  for (let i = 0; i < REPEATED; i += 1) convo(i);
  return lines.join('\n') + '\n';
}

describe('a large import', () => {
  let dir: string;
  let ws: Workspace;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-ingest-scale-'));
    ws = await Workspace.create(join(dir, 'ws'));
    file = join(dir, 'turns.csv');
    await writeFile(file, csv());
  });
  afterAll(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });
  const options = () => ({
    files: [file],
    format: 'auto' as const,
    encoding: 'auto' as const,
    mapping: {},
  });

  const storedRepeats = async () => {
    const rows: Array<Record<string, unknown>> = [];
    for await (const batch of iterateTranscripts(
      ws,
      ['key', 'customer_id', 'started_ms', 'ended_ms', 'repeat_contact', 'previous_contact_key'],
      5000,
    ))
      rows.push(...batch);
    return rows;
  };

  it('writes in several batches, counts the ids seen again in the same file as duplicates, and flags repeat contacts', async () => {
    const report = await importFiles(ws, options());
    expect(report).toMatchObject({
      read: CONVERSATIONS + REPEATED,
      imported: CONVERSATIONS,
      duplicates: REPEATED,
      rejected: 0,
    });
    expect(await countTranscripts(ws)).toBe(CONVERSATIONS);
    expect(WRITE_BYTES).toBeLessThan(8 * 1024 * 1024);
    const rows = await storedRepeats();
    const expected = new Map(
      computeRepeats(
        rows.map((r) => ({
          key: String(r.key),
          customerId: r.customer_id as string | null,
          startedMs: r.started_ms as number | null,
          endedMs: r.ended_ms as number | null,
        })),
        7,
      ).map((f) => [f.key, f]),
    );
    expect(rows.filter((r) => r.repeat_contact).length).toBeGreaterThan(CONVERSATIONS / 2);
    // The first import indexed the keys before merging the repeat contacts (a merge without it joins
    // against the whole table: 1.7 GB RSS at 100,000 demo conversations).
    const indices = await (await ws.table('transcripts')).listIndices();
    expect(indices.some((index) => index.columns.includes('key'))).toBe(true);
    for (const r of rows) {
      const flag = expected.get(String(r.key))!;
      expect([r.repeat_contact, r.previous_contact_key ?? null]).toEqual([
        flag.repeat,
        flag.previousKey,
      ]);
    }
  });

  it('re-importing the same file adds nothing and changes nothing', async () => {
    const before = await storedRepeats();
    const again = await importFiles(ws, options());
    expect(again).toMatchObject({ imported: 0, duplicates: CONVERSATIONS + REPEATED, rejected: 0 });
    // Duplicates are confirmed through the key index.
    const t = await ws.table('transcripts');
    expect((await t.listIndices()).some((index) => index.columns.includes('key'))).toBe(true);
    expect(await countTranscripts(ws)).toBe(CONVERSATIONS);
    const after = await storedRepeats();
    const byKey = new Map(before.map((r) => [r.key, r]));
    for (const r of after) expect(r).toEqual(byKey.get(r.key));
  });

  it('stores every field as toRow made it (nulls, booleans, integers, floats, Chinese text) through the Arrow writer', async () => {
    const rows = [
      toRow(
        {
          id: 'arrow-1',
          customer_id: 'ana@example.com',
          channel: 'chat',
          started_at: '2026-10-01T08:00:00Z',
          ended_at: '2026-10-01T08:10:30Z',
          turns: [
            { role: 'customer', text: '我的退款什么时候到账？', at: '2026-10-01T08:00:00Z' },
            { role: 'bot', text: 'Checking', at: null },
            { role: 'agent', text: 'Let me transfer you to our billing team', at: null },
          ],
          outcome: { resolved: false, csat: 2, handle_seconds: 630.5 },
          metadata: { tier: 'gold', customer_name: 'Ana Li' },
        },
        'arrowtest',
        'import-1',
        { redact: true },
      ),
      toRow({ id: 'arrow-2', turns: [{ role: 'customer', text: 'hi' }] }, 'arrowtest', 'import-1', {
        redact: false,
      }),
    ];
    await writeTranscriptRows(ws, rows);
    const t = await ws.table('transcripts');
    const stored = (await t.query().where("source = 'arrowtest'").toArray()) as Array<
      Record<string, unknown>
    >;
    const plain = (r: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === undefined ? null : v]));
    for (const row of rows) {
      const back = stored.find((s) => s.key === row.key)!;
      expect(plain({ ...back })).toEqual(plain({ ...row }));
    }
    expect(rows[1]).toMatchObject({
      customer_id: null,
      started_ms: null,
      resolved: null,
      csat: null,
    });
  });
});
