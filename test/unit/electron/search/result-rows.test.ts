import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { afterEach, describe, expect, it } from 'vitest';
import { resultRows, type Candidate } from '../../../../electron/core/search/result-rows';

const row = (i: number) => ({
  doc_key: `transcript:t${i}`,
  kind: 'transcript',
  id: `t${i}`,
  title: '',
  text: `text ${i}`,
  language: 'en',
  channel: 'chat',
});

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function tableOfBatches(): Promise<lancedb.Table> {
  dir = await mkdtemp(join(tmpdir(), 'gleaner-result-rows-'));
  const db = await lancedb.connect(dir, { readConsistencyInterval: 0 });
  const table = await db.createTable('t', [row(0)]);
  for (let i = 1; i < 6; i += 1) await table.add([row(i * 10), row(i * 10 + 1)]);
  return table;
}

const candidatesOf = async (table: lancedb.Table): Promise<Candidate[]> =>
  (await table.query().select(['doc_key']).withRowId().toArray()) as Candidate[];

describe('resultRows', () => {
  it('fetches the shown rows by row id', async () => {
    const table = await tableOfBatches();
    const wanted = (await candidatesOf(table)).filter((c) => c.doc_key.endsWith('1'));
    const rows = await resultRows(table, wanted);
    expect([...rows.keys()].sort()).toEqual(wanted.map((c) => c.doc_key).sort());
    expect(rows.get('transcript:t21')?.text).toBe('text 21');
  });

  it('falls back to the key when compaction moved the rows after the search', async () => {
    const table = await tableOfBatches();
    const before = await candidatesOf(table);
    await table.delete(`doc_key IN ('transcript:t10', 'transcript:t21')`);
    await table.optimize({ cleanupOlderThan: new Date() });
    const rows = await resultRows(table, before);
    expect(rows.size).toBe(before.length - 2);
    expect(rows.get('transcript:t51')?.text).toBe('text 51');
    expect(rows.has('transcript:t10')).toBe(false);
  });
});
