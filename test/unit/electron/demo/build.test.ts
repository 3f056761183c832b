import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transcriptSchema } from '../../../../shared/domain/transcript';
import { runCli } from '../../../../electron/cli/run';
import { AppCore } from '../../../../electron/core/app-core';
import type { DemoBuildSummary } from '../../../../electron/core/demo/job';
import { createThreadJobRunner } from '../../../../electron/core/jobs/thread-runner';
import { buildDemoWorkspace, DEMO_SOURCE_DIR } from '../../../../electron/core/demo/build';
import { generateDemo } from '../../../../electron/core/demo/generate';
import { demoTruthSchema } from '../../../../electron/core/demo/types';
import { writeDemoFiles } from '../../../../electron/core/demo/write';
import { Workspace } from '../../../../electron/core/workspace/workspace';

const NOW = Date.parse('2025-03-01T09:00:00Z');

describe('demo files and workspace', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-demo-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes Gleaner JSONL, the articles and the truth file', async () => {
    const demo = generateDemo({ seed: 5, conversations: 300, now: NOW });
    const files = await writeDemoFiles(join(dir, 'out'), demo);
    const lines = (await readFile(files.transcripts, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(300);
    for (const line of lines) {
      const raw = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(raw)[0]).toBe('id');
      expect(transcriptSchema.safeParse(raw).success).toBe(true);
    }
    expect((await readdir(join(dir, 'out', 'articles'))).sort()).toEqual(
      demo.articles.map((a) => `${a.id}.md`).sort(),
    );
    const truth = demoTruthSchema.parse(JSON.parse(await readFile(files.truth, 'utf8')));
    expect(truth).toEqual(demo.truth);
  });

  it('imports the demo into a workspace with the planted escalations and repeats, and adds nothing on a rebuild', async () => {
    const ws = await Workspace.create(join(dir, 'ws'), { name: 'demo', isDemo: true });
    try {
      const options = { seed: 11, conversations: 600, now: NOW };
      const phases: string[] = [];
      const result = await buildDemoWorkspace(ws, options, (_d, _t, phase) => phases.push(phase));
      expect(result.transcripts.imported).toBe(600);
      expect(result.transcripts.rejected).toBe(0);
      expect(phases[0]).toBe('generate');
      expect(phases.at(-1)).toBe('done');
      expect(result.files.dir).toBe(join(ws.dir, DEMO_SOURCE_DIR));

      const rows = (await (
        await ws.table('transcripts')
      )
        .query()
        .select(['external_id', 'escalated', 'repeat_contact', 'language', 'turns_json'])
        .toArray()) as Array<{
        external_id: string;
        escalated: boolean;
        repeat_contact: boolean;
        language: string;
        turns_json: string;
      }>;
      expect(rows).toHaveLength(600);
      const escalated = new Set(result.truth.issues.flatMap((i) => i.escalatedIds));
      const repeats = new Set(result.truth.issues.flatMap((i) => i.repeatIds));
      for (const row of rows) {
        expect(row.escalated, row.external_id).toBe(escalated.has(row.external_id));
        expect(row.repeat_contact, row.external_id).toBe(repeats.has(row.external_id));
      }
      expect(new Set(rows.map((r) => r.language))).toEqual(new Set(['en', 'zh-CN']));
      // Redaction on import (the default) removes the planted personal data.
      expect(rows.some((r) => r.turns_json.includes('[EMAIL]'))).toBe(true);
      expect(rows.some((r) => /@example\.(com|org|cn)/.test(r.turns_json))).toBe(false);

      // The seed articles go through the Markdown folder import, translations linked to their original.
      expect(result.articles.failed).toEqual([]);
      expect(result.articles.created).toHaveLength(result.files.articles.length);
      const articles = (await (
        await ws.table('articles')
      )
        .query()
        .select(['id', 'slug', 'language', 'translation_of'])
        .toArray()) as Array<{
        id: string;
        slug: string;
        language: string;
        translation_of: string | null;
      }>;
      const bySlug = new Map(articles.map((a) => [a.slug, a]));
      const zh = bySlug.get('bill-higher-zh');
      expect(zh?.language).toBe('zh-CN');
      expect(zh?.translation_of).toBe(bySlug.get('bill-higher')?.id);

      const again = await buildDemoWorkspace(ws, options);
      expect(again.transcripts.imported).toBe(0);
      expect(again.transcripts.duplicates).toBe(600);
      expect(again.articles.created).toEqual([]);
      expect(again.articles.duplicates).toHaveLength(result.files.articles.length);
    } finally {
      ws.close();
    }
  });

  it('builds from the command line and prints counts per issue, language and channel', async () => {
    const wsDir = join(dir, 'cli-ws');
    let stdout = '';
    const code = await runCli(
      ['demo', '--seed', '3', '--conversations', '400', '--workspace', wsDir, '--json'],
      {
        stdout: (t) => void (stdout += t),
        stderr: () => undefined,
        env: { GLEANER_HOME: join(dir, 'home') },
      },
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      conversations: number;
      byLanguage: Record<string, number>;
      byChannel: Record<string, number>;
      issues: Array<{ key: string; conversations: number }>;
    };
    expect(out.conversations).toBe(400);
    expect(out.issues).toHaveLength(25);
    expect(out.issues.reduce((sum, i) => sum + i.conversations, 0)).toBe(400);
    expect(Object.keys(out.byLanguage).sort()).toEqual(['en', 'zh-CN']);
    expect(Object.keys(out.byChannel).sort()).toEqual(['bot', 'chat', 'email', 'voice']);

    let human = '';
    const bad = await runCli(['demo', '--conversations', 'many', '--workspace', wsDir], {
      stdout: (t) => void (human += t),
      stderr: (t) => void (human += t),
      env: { GLEANER_HOME: join(dir, 'home') },
    });
    expect(bad).not.toBe(0);
    expect(human).toMatch(/--conversations takes a whole number/);
  });

  it('builds in the background as the job demo.build', async () => {
    const core = new AppCore({ appDataDir: join(dir, 'app'), runner: createThreadJobRunner() });
    try {
      const ws = await core.createWorkspace(join(dir, 'job-ws'), { name: 'demo', isDemo: true });
      const { job, finished } = core.jobs.start(ws, 'demo.build', { seed: 2, conversations: 200 });
      expect(job.kind).toBe('demo.build');
      const done = await finished;
      expect(done.state).toBe('done');
      const summary = await core.jobs.run<DemoBuildSummary>(ws, 'demo.build', {
        seed: 2,
        conversations: 200,
      });
      expect(summary.conversations).toBe(200);
      expect(summary.imported).toBe(0);
      expect(await (await ws.table('transcripts')).countRows()).toBe(200);
      await expect(core.jobs.run(ws, 'demo.build', { conversations: -1 })).rejects.toThrow();
    } finally {
      await core.dispose();
    }
  });
});
