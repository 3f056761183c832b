import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run';
import { createDispatch } from '../../../../electron/core/api';
import { AppCore } from '../../../../electron/core/app-core';
import { buildDemoWorkspace } from '../../../../electron/core/demo/build';
import { createThreadJobRunner } from '../../../../electron/core/jobs/thread-runner';
import { Workspace } from '../../../../electron/core/workspace/workspace';
import { z } from 'zod';
import { draftCliJsonSchema, draftSchema, draftSummarySchema } from '../../../../shared/domain/draft';
import { jobSchema, type Job } from '../../../../shared/domain/jobs';
import { PLACEHOLDER_PATTERN } from '../../../../shared/text/pii';

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
  return { code, stdout, stderr };
}

/** Drafting on a real demo workspace: topics discovered on demand, drafts stored, IPC and CLI. */
describe('drafts on the demo workspace', () => {
  let dir: string;
  let wsDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-drafts-'));
    wsDir = join(dir, 'ws');
    env = { GLEANER_HOME: join(dir, 'home') };
    const ws = await Workspace.create(wsDir, { name: 'demo', isDemo: true });
    await buildDemoWorkspace(ws, { conversations: 800, now: Date.parse('2026-11-24T09:00:00Z') });
  }, 120_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gleaner draft --top 2 --json prints drafts in friction order, traceable, without personal data', async () => {
    const result = await cli(['draft', '--top', '2', '--json', '--workspace', wsDir], env);
    expect(result.code, result.stderr).toBe(0);
    const json = draftCliJsonSchema.parse(JSON.parse(result.stdout));
    expect(json.drafts.length).toBeGreaterThan(0);
    const friction = await cli(['friction', '--json', '--workspace', wsDir], env);
    const ranked = (JSON.parse(friction.stdout) as { topics: Array<{ topic_id: string }> }).topics.map((t) => t.topic_id);
    const order = json.drafts.map((d) => ranked.indexOf(d.topic_id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const draft of json.drafts) {
      expect(draft.title.length).toBeGreaterThan(5);
      expect(draft.sections.find((s) => s.kind === 'resolution')!.text).toMatch(/^1\. /);
      expect(draft.citations.length).toBeGreaterThan(0);
      for (const c of draft.citations) expect(draft.source_transcript_ids).toContain(c.transcript_id);
      expect(JSON.stringify(draft.sections)).not.toMatch(PLACEHOLDER_PATTERN);
      expect(JSON.stringify(draft.sections)).not.toMatch(/@|\d{7,}/);
    }
  }, 180_000);

  it('lists, opens and discards drafts through IPC, and generates them as a job', async () => {
    const core = new AppCore({ appDataDir: join(dir, 'app'), runner: createThreadJobRunner(), emit: () => undefined });
    try {
      await core.openWorkspace(wsDir);
      const dispatch = createDispatch(core);
      const listed = await dispatch('drafts:list', {});
      if (!listed.ok) throw new Error(listed.error.message);
      const list = z.array(draftSummarySchema).parse(listed.value);
      expect(list.length).toBeGreaterThan(0);
      const first = list[0]!;
      expect(first.sourceCount).toBeGreaterThanOrEqual(3);
      expect(first.friction).toBeGreaterThanOrEqual(list[list.length - 1]!.friction);
      const got = await dispatch('drafts:get', { id: first.id });
      if (!got.ok) throw new Error(got.error.message);
      expect(draftSchema.parse(got.value).title).toBe(first.title);

      const started = await dispatch('drafts:generate', { topicIds: [first.topicId] });
      if (!started.ok) throw new Error(started.error.message);
      let job: Job = jobSchema.parse(started.value);
      const jobId = job.id;
      for (let i = 0; i < 600 && (job.state === 'queued' || job.state === 'running'); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const jobs = await dispatch('jobs:list', {});
        job = (jobs.ok ? z.array(jobSchema).parse(jobs.value).find((j) => j.id === jobId) : undefined) ?? job;
      }
      expect(job.state, JSON.stringify(job)).toBe('done');
      const afterListed = await dispatch('drafts:list', {});
      if (!afterListed.ok) throw new Error(afterListed.error.message);
      const after = z.array(draftSummarySchema).parse(afterListed.value);
      // Re-drafting a topic replaces its draft instead of piling up another.
      expect(after.filter((d) => d.topicId === first.topicId && d.language === first.language)).toHaveLength(1);

      const discarded = await dispatch('drafts:discard', { id: after[0]!.id });
      expect(discarded).toEqual({ ok: true, value: { discarded: true } });
      const audit = await dispatch('audit:list', {});
      expect(audit.ok && (audit.value as Array<{ action: string; subjectId: string }>).filter((e) => e.action === 'draft_discarded').map((e) => e.subjectId)).toEqual([after[0]!.id]);
      const missing = await dispatch('drafts:get', { id: after[0]!.id });
      expect(missing.ok ? null : missing.error.code).toBe('E_NOT_FOUND');
      const badTopic = await dispatch('drafts:polish', { id: first.id, endpoint: 'https://api.example.com', model: 'm' });
      expect(badTopic.ok ? null : badTopic.error.code).toMatch(/E_FORBIDDEN|E_NOT_FOUND/);
    } finally {
      await core.dispose();
    }
  }, 180_000);
});
