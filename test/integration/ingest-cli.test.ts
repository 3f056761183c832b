import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { createDispatch } from '../../electron/core/api';
import { AppCore } from '../../electron/core/app-core';
import { importFiles } from '../../electron/core/ingest/import';
import { createThreadJobRunner } from '../../electron/core/jobs/thread-runner';
import { countTranscripts, iterateTranscripts } from '../../electron/core/transcripts/store';
import { Workspace } from '../../electron/core/workspace/workspace';
import type { Job } from '../../shared/domain/jobs';
import type { ImportPreview, ImportReport, MappingPreset } from '../../shared/domain/ingest';
import type {
  TranscriptDetail,
  TranscriptFacets,
  TranscriptSummary,
} from '../../shared/domain/transcript';

const DATA = resolve(import.meta.dirname, '../../../shared/data');

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
  });
  return { code, stdout, stderr };
}

/** One row per turn, three turns per conversation, contiguous. */
const perTurnCsv = (conversations: number): string => {
  const lines = ['conversation_id,customer,started,speaker,message'];
  for (let i = 0; i < conversations; i += 1) {
    const at = new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString();
    lines.push(
      `c${i},u${i % 400},${at},customer,My parcel ${i} is late`,
      `c${i},u${i % 400},${at},agent,Let me check that for you`,
      `c${i},u${i % 400},${at},customer,Thanks`,
    );
  }
  return lines.join('\n') + '\n';
};

describe('gleaner ingest and transcripts commands', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-ingest-cli-'));
    env = { GLEANER_HOME: join(dir, 'home') };
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports with a column mapping, prints counts, lists and shows; fails only when nothing could be read', async () => {
    const ws = join(dir, 'ws');
    const file = join(dir, 'tickets.csv');
    await writeFile(
      file,
      'ticket_id,email,transcript\nT1,ann@example.com,"Customer: my refund is late\nAgent: let me transfer you to the billing team"\nT2,bob@example.com,"Customer: hello"\n',
    );
    const run = await cli(
      [
        'ingest',
        file,
        '--map',
        'id=ticket_id',
        '--map',
        'text=transcript',
        '--map',
        'customer_id=email',
        '--workspace',
        ws,
        '--json',
      ],
      env,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ImportReport;
    expect(report).toMatchObject({ read: 2, imported: 2, duplicates: 0, rejected: 0 });
    const again = await cli(
      ['ingest', file, '--map', 'id=ticket_id', '--map', 'text=transcript', '--workspace', ws],
      env,
    );
    expect(again.stdout).toContain('read 2 · imported 0 · duplicate 2 · rejected 0');

    const list = JSON.parse(
      (await cli(['transcripts', 'list', '--workspace', ws, '--query', 'refund', '--json'], env))
        .stdout,
    ) as { total: number; items: TranscriptSummary[] };
    expect(list.total).toBe(1);
    const shown = await cli(['transcripts', 'show', list.items[0]!.key, '--workspace', ws], env);
    expect(shown.stdout).toMatch(/escalated: true \(transfer_phrase, turn 1\)/);
    expect(shown.stdout).toMatch(/» +1 agent/);

    const empty = join(dir, 'empty.jsonl');
    await writeFile(empty, '');
    const failed = await cli(['ingest', empty, '--workspace', ws], env);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/nothing could be read: the file is empty/);
    expect((await cli(['ingest', file, '--map', 'oops', '--workspace', ws], env)).code).not.toBe(0);
  });

  it('with --no-redact keeps the original text', async () => {
    const ws = join(dir, 'ws');
    const file = join(dir, 'a.jsonl');
    await writeFile(
      file,
      JSON.stringify({
        id: '1',
        turns: [{ role: 'customer', text: 'mail me at ann@example.com' }],
      }) + '\n',
    );
    await cli(['ingest', file, '--no-redact', '--workspace', ws], env);
    const shown = JSON.parse(
      (await cli(['transcripts', 'show', 'jsonl:1', '--workspace', ws, '--json'], env)).stdout,
    ) as TranscriptDetail;
    expect(shown.turns[0]!.text).toBe('mail me at ann@example.com');
  });
});

describe('ingestion through IPC and the worker', () => {
  let dir: string;
  let core: AppCore;
  const events: Job[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-ingest-ipc-'));
    core = new AppCore({
      appDataDir: dir,
      runner: createThreadJobRunner(),
      emit: (event, payload) => void (event === 'job:progress' && events.push(payload as Job)),
    });
    await core.createWorkspace(join(dir, 'ws'));
  });
  afterEach(async () => {
    await core.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('previews a file with guessed columns, saves a preset, runs the import job and browses the result', async () => {
    const dispatch = createDispatch(core);
    const file = join(dir, 'turns.csv');
    await writeFile(file, perTurnCsv(30));
    const preview = await dispatch('ingest:detect', { path: file });
    if (!preview.ok) throw new Error(preview.error.message);
    const p = preview.value as ImportPreview;
    expect(p).toMatchObject({
      format: 'csv',
      encoding: 'utf8',
      mapping: {
        id: 'conversation_id',
        customer_id: 'customer',
        started_at: 'started',
        role: 'speaker',
        text: 'message',
      },
    });
    expect(p.rows).toHaveLength(10);

    await dispatch('ingest:savePreset', { name: 'parcels', mapping: p.mapping, format: 'csv' });
    const presets = await dispatch('ingest:presets', {});
    expect(presets.ok && (presets.value as MappingPreset[]).map((x) => x.name)).toEqual([
      'parcels',
    ]);

    const started = await dispatch('ingest:start', { files: [file], mapping: p.mapping });
    if (!started.ok) throw new Error(started.error.message);
    const id = (started.value as Job).id;
    await expect
      .poll(() => events.find((e) => e.id === id && e.state === 'done'), { timeout: 30_000 })
      .toBeTruthy();
    const done = events.find((e) => e.id === id && e.state === 'done')!;
    expect(done.result).toMatchObject({ imported: 30, rejected: 0 });

    const page = await dispatch('transcripts:list', {
      filter: { channel: undefined },
      offset: 0,
      limit: 5,
    });
    if (!page.ok) throw new Error(page.error.message);
    const listed = page.value as { total: number; items: TranscriptSummary[] };
    expect(listed.total).toBe(30);
    expect(listed.items[0]!.externalId).toBe('c29');
    const facets = await dispatch('transcripts:facets', {});
    expect(facets.ok && (facets.value as TranscriptFacets).languages).toEqual([
      { value: 'en', count: 30 },
    ]);
    const one = await dispatch('transcripts:get', { key: 'csv:c0' });
    expect(one.ok && (one.value as TranscriptDetail).turns).toHaveLength(3);
    const csv = await dispatch('ingest:reportCsv', { id: (done.result as ImportReport).id });
    expect(csv.ok && csv.value).toBe('file,line,field,message\n');
  });
});

describe('a cancelled import', () => {
  it('keeps only complete batches of complete conversations, and a re-run finishes the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gleaner-ingest-cancel-'));
    const ws = await Workspace.create(join(dir, 'ws'));
    try {
      const file = join(dir, 'turns.csv');
      await writeFile(file, perTurnCsv(5000));
      const controller = new AbortController();
      const options = {
        files: [file],
        format: 'auto' as const,
        encoding: 'auto' as const,
        mapping: {},
      };
      const report = await importFiles(
        ws,
        options,
        (_done, _total, phase) => phase.startsWith('import') && controller.abort(),
        controller.signal,
      );
      expect(report).toMatchObject({ cancelled: true, imported: 2000 });
      expect(await countTranscripts(ws)).toBe(2000);
      for await (const batch of iterateTranscripts(ws, ['turn_count'], 1000))
        expect(batch.every((r) => r.turn_count === 3)).toBe(true);
      const rest = await importFiles(ws, options);
      expect(rest).toMatchObject({ imported: 3000, duplicates: 2000 });
    } finally {
      ws.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads the Twitter sample through the CLI with --format twcs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gleaner-ingest-twcs-'));
    try {
      const run = await cli(
        [
          'ingest',
          join(DATA, 'twcs', 'twcs.csv'),
          '--format',
          'twcs',
          '--workspace',
          join(dir, 'ws'),
          '--json',
        ],
        { GLEANER_HOME: join(dir, 'home') },
      );
      expect(JSON.parse(run.stdout)).toMatchObject({ read: 1312, imported: 1312 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
