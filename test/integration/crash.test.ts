import { spawn } from 'node:child_process';
import * as lancedb from '@lancedb/lancedb';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToLexical } from '../../electron/core/articles/convert';
import { listVersions, getVersion, recordFirstRevisions } from '../../electron/core/articles/revisions';
import { createArticle, getArticle, newArticle, saveArticle, writeArticles } from '../../electron/core/articles/store';
import { embedStatus } from '../../electron/core/embed/status';
import { loadExportArticles } from '../../electron/core/export/articles';
import { readMappings } from '../../electron/core/export/mapping';
import { markdownDocument, markdownPath } from '../../electron/core/export/targets/markdown';
import { readSearchState } from '../../electron/core/search/state';
import { releaseSearchConnection, searchConnection } from '../../electron/core/search/connection';
import { Workspace } from '../../electron/core/workspace/workspace';
import type { ExportReport } from '../../shared/domain/export';
import type { ImportReport } from '../../shared/domain/ingest';
import type { EmbedWorkspaceResult } from '../../shared/domain/embed';
import { draftText } from '../support/crash/autosave-loop';
import { conversationId, turnCount, writeConversations } from '../support/crash/generate';

// Each scenario runs real work in a child process, SIGKILLs it half-way, reopens the workspace here and
// checks that it opens, keeps everything committed, holds no half-written or duplicated record, and
// that running the same command again finishes the job with exactly the expected totals.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'electron/cli/main.ts');
const AUTOSAVE = join(ROOT, 'test/support/crash/autosave-loop.ts');
const IMPORT_COUNT = 8000;
const EXPORT_COUNT = 40;

let tmp: string;
let home: string;
const timings: Record<string, number> = {};

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'gleaner-crash-'));
  home = join(tmp, 'home');
});

afterAll(async () => {
  console.info(`crash scenarios (s): ${Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' · ')}`);
  await rm(tmp, { recursive: true, force: true });
});

interface Killed {
  /** Output lines seen before the kill. */
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
}

function child(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, GLEANER_HOME: home, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs `args` and SIGKILLs the process as soon as `ready` holds (checked on each output line and every 20 ms). */
async function killWhen(args: string[], ready: (lines: readonly string[]) => boolean | Promise<boolean>, limitMs = 60_000): Promise<Killed> {
  const proc = child(args);
  const lines: string[] = [];
  let killed = false;
  const check = async () => {
    if (!killed && (await ready(lines))) {
      killed = true;
      proc.kill('SIGKILL');
    }
  };
  for (const stream of [proc.stdout, proc.stderr]) createInterface({ input: stream }).on('line', (line) => {
    lines.push(line);
    void check();
  });
  const poll = setInterval(() => void check(), 20);
  const limit = setTimeout(() => proc.kill('SIGKILL'), limitMs);
  const [code, signal] = (await new Promise((done) => proc.on('exit', (c, s) => done([c, s])))) as [number | null, NodeJS.Signals | null];
  clearInterval(poll);
  clearTimeout(limit);
  if (!killed) throw new Error(`the process ended (code ${code}, signal ${signal}) before it could be killed mid-way:\n${lines.slice(-15).join('\n')}`);
  return { lines, signal, code };
}

/** Runs `args` to the end; returns stdout (JSON with --json). */
async function runToEnd(args: string[]): Promise<string> {
  const proc = child(args);
  let out = '';
  let err = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise((done) => proc.on('exit', done));
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${String(code)}:\n${err.slice(-2000)}`);
  return out;
}

const cli = (...args: string[]) => [CLI, ...args];

interface StoredConversation {
  key: string;
  external_id: string;
  turns_json: string;
  turn_count: number;
}

/** Every stored conversation, checked whole: turns parse, match the count and the generated ones; keys are unique. */
async function storedConversations(ws: Workspace): Promise<StoredConversation[]> {
  const rows = (await (await ws.table('transcripts')).query().select(['key', 'external_id', 'turns_json', 'turn_count']).toArray()) as StoredConversation[];
  const keys = new Set(rows.map((r) => r.key));
  expect(keys.size, 'duplicate conversations').toBe(rows.length);
  const ids = new Set(rows.map((r) => r.external_id));
  expect(ids.size, 'duplicate conversation ids').toBe(rows.length);
  for (const row of rows) {
    const turns = JSON.parse(row.turns_json) as Array<{ text: string }>;
    const index = Number(row.external_id.slice('crash-'.length));
    expect(turns.length, `turns of ${row.external_id}`).toBe(Number(row.turn_count));
    expect(turns.length, `turns of ${row.external_id}`).toBe(turnCount(index));
    turns.forEach((turn, t) => expect(turn.text).toContain(`turn ${t}:`));
  }
  return rows;
}

/** What the killed embedding left, for the known-gap checks below it. */
const killedEmbed: { building: string | null; table: string | null; leftover: string[] | null } = { building: null, table: null, leftover: null };

const seconds = (since: number) => (performance.now() - since) / 1000;

describe('crash safety (SIGKILL mid-way, then reopen and rerun)', { timeout: 180_000 }, () => {
  it('an import killed after some batches keeps them, and the rerun adds exactly the rest', async () => {
    const started = performance.now();
    const file = join(tmp, 'conversations.jsonl');
    const dir = join(tmp, 'ws-import');
    await writeConversations(file, IMPORT_COUNT);
    // What is committed is what a reader sees: poll the table (read-only) while the import runs, and
    // kill it once some conversations are in and more are still coming.
    let committed = 0;
    let db: lancedb.Connection | null = null;
    const killed = await killWhen(cli('ingest', file, '--workspace', dir), async () => {
      try {
        db ??= await lancedb.connect(join(dir, 'db'), { readConsistencyInterval: 0 });
        const table = await db.openTable('transcripts');
        committed = await table.countRows();
        table.close();
      } catch {
        return false; // not created yet
      }
      return committed > 0;
    });
    (db as lancedb.Connection | null)?.close();
    expect(killed.signal).toBe('SIGKILL');

    const ws = await Workspace.open(dir);
    const stored = await storedConversations(ws);
    const afterKill = stored.length;
    expect(afterKill).toBeGreaterThanOrEqual(committed);
    expect(afterKill).toBeLessThan(IMPORT_COUNT);
    // Batches are written in file order and each commit is atomic: what is there is a prefix, no holes.
    expect(new Set(stored.map((r) => r.external_id))).toEqual(new Set(Array.from({ length: afterKill }, (_, i) => conversationId(i))));
    ws.close();

    const report = JSON.parse(await runToEnd(cli('ingest', file, '--workspace', dir, '--json'))) as ImportReport;
    expect(report).toMatchObject({ read: IMPORT_COUNT, imported: IMPORT_COUNT - afterKill, duplicates: afterKill, rejected: 0, cancelled: false });
    const reopened = await Workspace.open(dir);
    const rows = await storedConversations(reopened);
    expect(rows.length).toBe(IMPORT_COUNT);
    expect(new Set(rows.map((r) => r.external_id))).toEqual(new Set(Array.from({ length: IMPORT_COUNT }, (_, i) => conversationId(i))));
    expect(await (await reopened.table('import_reports')).countRows()).toBe(1);
    reopened.close();
    timings.import = seconds(started);
  });

  it('an embedding killed mid-way leaves the workspace usable, and the rerun indexes every conversation once', async () => {
    const started = performance.now();
    // The workspace the import scenario completed: its conversations, not embedded yet.
    const dir = join(tmp, 'ws-import');
    const killed = await killWhen(cli('embed', '--workspace', dir), (lines) =>
      lines.some((l) => {
        const m = /^embed (\d+)\/(\d+)/.exec(l);
        return m !== null && Number(m[1]) >= 256 && Number(m[1]) < Number(m[2]);
      }),
    );
    expect(killed.signal).toBe('SIGKILL');

    const afterKill = await Workspace.open(dir);
    expect((await storedConversations(afterKill)).length).toBe(IMPORT_COUNT);
    const interrupted = await readSearchState(dir);
    expect(interrupted.active).toBeNull();
    killedEmbed.building = (await embedStatus(afterKill)).building;
    killedEmbed.table = interrupted.building?.table ?? null;
    afterKill.close();
    await releaseSearchConnection(dir);

    const result = JSON.parse(await runToEnd(cli('embed', '--workspace', dir, '--json'))) as EmbedWorkspaceResult;
    expect(result.documents).toBe(IMPORT_COUNT);
    const reopened = await Workspace.open(dir);
    const status = await embedStatus(reopened);
    expect(status).toMatchObject({ documents: IMPORT_COUNT, building: null });
    const state = await readSearchState(dir);
    expect(state.active?.table).not.toBe(killedEmbed.table);
    killedEmbed.leftover = (await (await searchConnection(reopened)).tableNames()).filter((t) => t.startsWith('search_') && t !== state.active?.table);
    reopened.close();
    await releaseSearchConnection(dir);
    timings.embed = seconds(started);
  });

  it('a killed embedding does not leave its half-written search table behind after the rerun', () => {
    expect(killedEmbed.leftover).toEqual([]);
  });
  it('after a killed embedding the status does not claim a build is still running', () => {
    expect(killedEmbed.building).toBeNull();
  });

  it('an autosave loop killed mid-write reads back at its newest version, whole, with a consistent history', async () => {
    const started = performance.now();
    const dir = join(tmp, 'ws-autosave');
    const ws = await Workspace.create(dir);
    const actor = { id: 'crash-test' };
    const article = await createArticle(ws, { title: 'Crash draft', content: markdownToLexical(draftText(1)) }, actor);
    ws.close();

    let lastSaved = 0;
    const killed = await killWhen([AUTOSAVE, dir, article.id], (lines) => {
      const last = lines.map((l) => /^saved (\d+)$/.exec(l)).filter(Boolean).at(-1);
      lastSaved = last ? Number(last[1]) : 0;
      return lastSaved >= 25;
    });
    expect(killed.signal).toBe('SIGKILL');

    const reopened = await Workspace.open(dir);
    const stored = await getArticle(reopened, article.id);
    expect(stored.version).toBeGreaterThanOrEqual(lastSaved);
    expect(stored.text.trim()).toBe(draftText(stored.version));
    const versions = await listVersions(reopened, article.id);
    expect(new Set(versions.map((v) => v.id)).size).toBe(versions.length);
    expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
    const newest = versions[0]!;
    // The revision is written right after the article: a kill in between leaves it one version behind.
    expect(newest.version).toBeGreaterThanOrEqual(stored.version - 1);
    expect(newest.version).toBeLessThanOrEqual(stored.version);
    expect((await getVersion(reopened, newest.id)).text.trim()).toBe(draftText(newest.version));

    const next = await saveArticle(reopened, { id: article.id, baseVersion: stored.version, content: markdownToLexical(draftText(stored.version + 1)), autosave: true }, actor);
    expect(next.version).toBe(stored.version + 1);
    const after = await listVersions(reopened, article.id);
    expect(after[0]!.version).toBe(next.version);
    expect((await getVersion(reopened, after[0]!.id)).text.trim()).toBe(draftText(next.version));
    reopened.close();
    timings.autosave = seconds(started);
  });

  it('a Markdown export killed mid-way: the rerun completes it and the mapping and the folder agree', async () => {
    const started = performance.now();
    const dir = join(tmp, 'ws-export');
    const out = join(tmp, 'export-out');
    const ws = await Workspace.create(dir);
    const actor = { id: 'crash-test' };
    const articles = Array.from({ length: EXPORT_COUNT }, (_, i) =>
      newArticle({ title: `Crash article ${i}`, category: i % 2 ? 'billing' : 'shipping', content: markdownToLexical(`Article body ${i}.\n\n- step one\n- step two`) }, actor, `crash-article-${i}`, 180),
    );
    await writeArticles(ws, articles);
    await recordFirstRevisions(ws, articles, 'create', actor);
    ws.close();

    const countFiles = async (): Promise<string[]> =>
      (await readdir(out, { recursive: true }).catch(() => [] as string[])).filter((f) => f.endsWith('.md'));
    const killed = await killWhen(cli('export', '--target', 'markdown', '--out', out, '--all', '--workspace', dir), async () => (await countFiles()).length >= 8);
    expect(killed.signal).toBe('SIGKILL');

    const afterKill = await Workspace.open(dir);
    const mapped = await readMappings(afterKill, 'markdown', out);
    expect(mapped.size).toBeLessThan(EXPORT_COUNT);
    for (const row of mapped.values()) {
      const text = await readFile(join(out, row.external_id), 'utf8');
      expect(text.startsWith('---\n') && text.endsWith('\n')).toBe(true);
    }
    afterKill.close();

    const report = JSON.parse(await runToEnd(cli('export', '--target', 'markdown', '--out', out, '--all', '--workspace', dir, '--json'))) as ExportReport;
    expect(report.counts).toEqual({ created: EXPORT_COUNT - mapped.size, updated: 0, unchanged: mapped.size, failed: 0 });

    const reopened = await Workspace.open(dir);
    const mappings = await readMappings(reopened, 'markdown', out);
    expect(mappings.size).toBe(EXPORT_COUNT);
    const files = (await countFiles()).map((f) => relative(out, join(out, f)));
    expect(new Set(files)).toEqual(new Set([...mappings.values()].map((m) => m.external_id)));
    for (const article of await loadExportArticles(reopened, { includeUnapproved: true })) {
      expect(mappings.get(article.id)?.external_id).toBe(markdownPath(article));
      expect(await readFile(join(out, markdownPath(article)), 'utf8')).toBe(markdownDocument(article));
    }
    reopened.close();
    timings.export = seconds(started);
  });
});
