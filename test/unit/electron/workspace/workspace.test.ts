import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Field, Int32, Schema, Utf8 } from 'apache-arrow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../../electron/core/workspace/workspace';
import { MANIFEST_FILE } from '../../../../electron/core/workspace/manifest';
import type { TableDef } from '../../../../electron/core/workspace/table-def';

const v1: TableDef = {
  name: 'notes',
  version: 1,
  schema: new Schema([new Field('id', new Utf8(), false)]),
};
const v2: TableDef = {
  ...v1,
  version: 2,
  schema: new Schema([new Field('id', new Utf8(), false), new Field('stars', new Int32(), true)]),
  migrations: { 2: async (table) => void (await table.addColumns([{ name: 'stars', valueSql: 'CAST(0 AS INT)' }])) },
};

describe('Workspace', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-ws-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the registered tables and reports their schema versions and row counts', async () => {
    const ws = await Workspace.create(join(dir, 'a'), { name: 'Support EU' });
    const info = await ws.info();
    expect(info.name).toBe('Support EU');
    expect(info.tables.find((t) => t.name === 'jobs')).toMatchObject({ schemaVersion: 1, rows: 0 });
    ws.close();
  });

  it('migrates an older table to the current schema version and keeps its rows', async () => {
    const path = join(dir, 'b');
    const old = await Workspace.create(path);
    old.close();
    const first = await Workspace.open(path, [v1]);
    await (await first.table('notes')).add([{ id: 'n1' }]);
    first.close();
    const upgraded = await Workspace.open(path, [v2]);
    const rows = await (await upgraded.table('notes')).query().toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'n1', stars: 0 });
    const manifest = JSON.parse(await readFile(join(path, MANIFEST_FILE), 'utf8')) as { tables: Record<string, number> };
    expect(manifest.tables.notes).toBe(2);
    upgraded.close();
  });

  it('refuses a table written by a newer version, with a clear message and without touching it', async () => {
    const path = join(dir, 'c');
    (await Workspace.open((await Workspace.create(path)).dir, [v2])).close();
    const before = await readFile(join(path, MANIFEST_FILE), 'utf8');
    await expect(Workspace.open(path, [v1])).rejects.toMatchObject({ code: 'E_WORKSPACE_NEWER', message: expect.stringMatching(/notes.*version 2.*Update Gleaner/) });
    expect(await readFile(join(path, MANIFEST_FILE), 'utf8')).toBe(before);
  });

  it('refuses a workspace whose format is newer', async () => {
    const path = join(dir, 'd');
    (await Workspace.create(path)).close();
    const manifest = JSON.parse(await readFile(join(path, MANIFEST_FILE), 'utf8')) as Record<string, unknown>;
    await writeFile(join(path, MANIFEST_FILE), JSON.stringify({ ...manifest, formatVersion: 99 }));
    await expect(Workspace.open(path)).rejects.toMatchObject({ code: 'E_WORKSPACE_NEWER' });
  });

  it('reports a damaged manifest as E_WORKSPACE_CORRUPT and a folder without one as E_NOT_FOUND', async () => {
    const path = join(dir, 'e');
    (await Workspace.create(path)).close();
    await writeFile(join(path, MANIFEST_FILE), '{ not json');
    await expect(Workspace.open(path)).rejects.toMatchObject({ code: 'E_WORKSPACE_CORRUPT' });
    await expect(Workspace.open(join(dir, 'empty'))).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
  });

  it('keeps settings across reopen and fills defaults', async () => {
    const path = join(dir, 'f');
    const ws = await Workspace.create(path);
    expect(ws.settings().repeatWindowDays).toBe(7);
    await ws.updateSettings({ repeatWindowDays: 3, theme: 'dark' });
    ws.close();
    const again = await Workspace.open(path);
    expect(again.settings()).toMatchObject({ repeatWindowDays: 3, theme: 'dark', redactOnImport: true });
    again.close();
  });
});

describe('LanceDB caches', () => {
  it('are bounded for the whole process, whichever workspaces it opens', async () => {
    const { lanceSession, INDEX_CACHE_MB, METADATA_CACHE_MB } = await import(
      '../../../../electron/core/workspace/lance-session'
    );
    expect(lanceSession()).toBe(lanceSession());
    expect(METADATA_CACHE_MB).toBeLessThanOrEqual(64);
    expect(INDEX_CACHE_MB).toBeLessThanOrEqual(512);
  });
});
