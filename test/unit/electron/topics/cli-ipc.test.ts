import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run';
import { createDispatch } from '../../../../electron/core/api';
import { AppCore } from '../../../../electron/core/app-core';
import { createThreadJobRunner } from '../../../../electron/core/jobs/thread-runner';
import { nmi } from '../../../../bench/topics/agreement';
import { dstc11 } from '../../../../bench/topics/datasets';
import type { CallOutput } from '../../../../shared/ipc/contract';

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
  return { code, stdout, stderr };
}

interface TopicsJson {
  run: { topics: number; conversations: number };
  topics: Array<{ topic_id: string; label: string; conversations: number; hidden: boolean }>;
}

describe('gleaner topics / friction and the insights IPC on real DSTC11 utterances', () => {
  const set = dstc11('banking');
  let dir: string;
  let ws: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-topics-cli-'));
    ws = join(dir, 'ws');
    env = { GLEANER_HOME: join(dir, 'home') };
    const day = Date.UTC(2026, 0, 1);
    const lines = set.texts.map((text, i) =>
      JSON.stringify({
        id: `u${i}`,
        customer_id: i % 3 === 0 ? null : `cust${i % 150}`,
        started_at: new Date(day + i * 3_600_000).toISOString(),
        turns: [
          { role: 'customer', text },
          { role: 'agent', text: 'Let me look into that for you.' },
        ],
        outcome: { resolved: i % 4 !== 0, escalated: set.labels[i] === 'DisputeCharge', csat: set.labels[i] === 'DisputeCharge' ? 1 : 4 },
      }),
    );
    const file = join(dir, 'conversations.jsonl');
    await writeFile(file, `${lines.join('\n')}\n`);
    expect((await cli(['workspace', 'init', '--workspace', ws], env)).code).toBe(0);
    const ingest = await cli(['ingest', file, '--no-redact', '--workspace', ws], env);
    expect(ingest.code, ingest.stderr).toBe(0);
  }, 120_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('discovers topics, writes assignments with the imported ids, and ranks friction with matching ids', async () => {
    const csvFile = join(dir, 'assignments.csv');
    const topics = await cli(['topics', '--workspace', ws, '--json', '--assignments', csvFile], env);
    expect(topics.code, topics.stderr).toBe(0);
    expect(topics.stderr).toMatch(/embed/);
    const listed = JSON.parse(topics.stdout) as TopicsJson;
    expect(listed.run.conversations).toBe(set.texts.length);
    expect(listed.topics.length).toBeGreaterThan(5);

    const rows = (await readFile(csvFile, 'utf8')).trim().split('\n');
    expect(rows[0]).toBe('transcript_id,topic_id');
    const assigned = new Map(rows.slice(1).map((line) => line.split(',') as [string, string]));
    expect(assigned.size).toBe(set.texts.length);
    expect(nmi(set.labels, set.texts.map((_, i) => assigned.get(`u${i}`)!))).toBeGreaterThan(0.5);

    const friction = await cli(['friction', '--workspace', ws, '--json'], env);
    expect(friction.code, friction.stderr).toBe(0);
    const ranked = JSON.parse(friction.stdout) as { topics: Array<{ topic_id: string; score: number; escalation_rate: number; conversations: number }> };
    const scores = ranked.topics.map((t) => t.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const ids = new Set(listed.topics.map((t) => t.topic_id));
    for (const t of ranked.topics) expect(ids.has(t.topic_id)).toBe(true);
    // DisputeCharge conversations were planted escalated and unhappy: their topic leads.
    const top = ranked.topics[0]!.topic_id;
    const members = set.labels.filter((_, i) => assigned.get(`u${i}`) === top);
    expect(members.filter((l) => l === 'DisputeCharge').length / members.length).toBeGreaterThan(0.5);
  }, 120_000);

  it('renames, merges and hides through IPC; a re-run keeps ids and edits', async () => {
    const core = new AppCore({ appDataDir: join(dir, 'app'), runner: createThreadJobRunner(), emit: () => undefined });
    try {
      await core.openWorkspace(ws);
      const dispatch = createDispatch(core);
      const table = await dispatch('insights:topics', {});
      if (!table.ok) throw new Error(table.error.message);
      const [first, second, third] = (table.value as CallOutput<'insights:topics'>).report.topics;
      expect(first && second && third).toBeTruthy();

      const renamed = await dispatch('insights:editTopic', { kind: 'rename', topicId: first!.topicId, label: 'Disputes' });
      expect(renamed.ok).toBe(true);
      const merged = await dispatch('insights:editTopic', { kind: 'merge', topicIds: [second!.topicId, third!.topicId] });
      if (!merged.ok) throw new Error(merged.error.message);
      const hidden = await dispatch('insights:editTopic', { kind: 'hide', topicId: first!.topicId, hidden: true });
      expect(hidden.ok).toBe(true);

      const after = await dispatch('insights:topics', {});
      if (!after.ok) throw new Error(after.error.message);
      const afterValue = after.value as CallOutput<'insights:topics'>;
      const list = await dispatch('insights:topicList', {});
      if (!list.ok) throw new Error(list.error.message);
      const byId = new Map((list.value as CallOutput<'insights:topicList'>).map((t) => [t.id, t]));
      expect(byId.get(first!.topicId)).toMatchObject({ label: 'Disputes', hidden: true });
      expect(afterValue.report.topics.map((t) => t.topicId)).not.toContain(first!.topicId);
      const survivors = [second!.topicId, third!.topicId].filter((id) => byId.has(id));
      expect(survivors).toHaveLength(1);

      const detail = await dispatch('insights:topic', { topicId: survivors[0]! });
      if (!detail.ok) throw new Error(detail.error.message);
      expect((detail.value as CallOutput<'insights:topic'>).representativeKeys.length).toBeGreaterThan(0);
      const csv = await dispatch('insights:exportCsv', {});
      if (!csv.ok) throw new Error(csv.error.message);
      expect((csv.value as string).split('\r\n')[0]).toContain('topic_id,label,score_avoidable_per_week');

      const missing = await dispatch('insights:editTopic', { kind: 'rename', topicId: 't9999', label: 'x' });
      expect(missing.ok ? null : missing.error.code).toBe('E_NOT_FOUND');
    } finally {
      await core.dispose();
    }
    const rerun = JSON.parse((await cli(['topics', '--rerun', '--workspace', ws, '--json'], env)).stdout) as TopicsJson;
    const renamedTopic = rerun.topics.find((t) => t.label === 'Disputes');
    expect(renamedTopic?.hidden).toBe(true);
  }, 180_000);
});
