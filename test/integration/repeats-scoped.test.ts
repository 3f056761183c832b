import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFiles } from '../../electron/core/ingest/import';
import * as store from '../../electron/core/transcripts/store';
import { Workspace } from '../../electron/core/workspace/workspace';

const line = (id: string, customer: string, day: number) =>
  JSON.stringify({
    id,
    customer_id: customer,
    started_at: `2026-10-${String(day).padStart(2, '0')}T09:00:00Z`,
    ended_at: `2026-10-${String(day).padStart(2, '0')}T09:20:00Z`,
    turns: [{ role: 'customer', text: `My parcel is late (${id})` }],
  });

describe('repeat contacts after an import', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-repeats-scoped-'));
    ws = await Workspace.create(join(dir, 'ws'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  const importLines = async (name: string, lines: string[]) => {
    const file = join(dir, name);
    await writeFile(file, lines.join('\n') + '\n');
    return importFiles(ws, {
      files: [file],
      format: 'jsonl',
      encoding: 'auto',
      mapping: {},
      redact: false,
    });
  };
  const flags = async () => {
    const out: Record<string, [boolean, string | null]> = {};
    for await (const rows of store.iterateTranscripts(
      ws,
      ['external_id', 'repeat_contact', 'previous_contact_key'],
      100,
    ))
      for (const row of rows)
        out[String(row.external_id)] = [
          Boolean(row.repeat_contact),
          (row.previous_contact_key as string | null) ?? null,
        ];
    return out;
  };

  it("recomputes only the importing customers' contacts, with the result of a full pass", async () => {
    await importLines('first.jsonl', [
      line('a1', 'alice', 1),
      line('b1', 'bob', 1),
      line('b2', 'bob', 3),
    ]);
    const before = await flags();
    expect(before.a1![0]).toBe(false);
    expect(before.b1![0]).toBe(true);

    const recompute = vi.spyOn(store, 'recomputeRepeatContacts');
    await importLines('second.jsonl', [line('a2', 'alice', 4)]);
    // Scoped to alice: bob's rows are not read.
    expect(recompute).toHaveBeenCalledWith(ws, 7, new Set(['alice']));
    const after = await flags();
    expect(after.a1![0]).toBe(true);
    expect(after.a2![1]).not.toBeNull();
    expect(after.b1).toEqual(before.b1);
    expect(after.b2).toEqual(before.b2);

    // A full pass finds nothing left to change.
    recompute.mockRestore();
    expect(await store.recomputeRepeatContacts(ws, 7)).toBe(0);
  });
});
