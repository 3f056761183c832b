import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_SOURCE } from '../../../../electron/core/demo/build';
import type { DemoTruth } from '../../../../electron/core/demo/types';
import { ensureTopics } from '../../../../electron/core/topics/ensure';
import { assignNewConversations, assignPendingConversations } from '../../../../electron/core/topics/incremental';
import { lastRun, loadAssignments, loadTopics } from '../../../../electron/core/topics/store';
import { addTranscripts } from '../../../../electron/core/transcripts/store';
import type { TranscriptRow } from '../../../../electron/core/transcripts/row';
import { Workspace } from '../../../../electron/core/workspace/workspace';
import { OUTLIER_TOPIC_ID } from '../../../../shared/domain/topics';

describe('incremental assignment of newly imported conversations', () => {
  let dir: string;
  let ws: Workspace;
  let truth: DemoTruth;
  let held: TranscriptRow[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gleaner-topics-incremental-'));
    ws = await Workspace.create(dir, { name: 'demo', isDemo: true });
    truth = (await buildDemoWorkspace(ws, { seed: 7, conversations: 800, now: Date.parse('2026-11-24T09:00:00Z') })).truth;
    // Hold back every 10th conversation: they are "imported" after the topics were found.
    const table = await ws.table('transcripts');
    const all = (await table.query().toArray()) as TranscriptRow[];
    held = all.filter((_, i) => i % 10 === 0).map((row) => ({ ...row }));
    await table.delete(`key IN (${held.map((r) => `'${r.key.replace(/'/g, "''")}'`).join(',')})`);
    await ensureTopics(ws, {});
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts new conversations in the nearest existing topic without re-clustering', async () => {
    const topicsBefore = await loadTopics(ws);
    const runBefore = (await lastRun(ws))!;
    const before = await loadAssignments(ws);
    expect(await addTranscripts(ws, held)).toBe(held.length);

    const { run, discovered } = await ensureTopics(ws, {});
    expect(discovered).toBe(false);
    expect(run.conversations).toBe(truth.conversations);
    expect(run.autoTopics).toBe(runBefore.autoTopics);

    const after = await loadAssignments(ws);
    expect(after.size).toBe(truth.conversations);
    // Nobody moved, the topics are the same ones, their sizes count the newcomers.
    for (const [key, a] of before) expect(after.get(key)?.topicId).toBe(a.topicId);
    const topicsAfter = await loadTopics(ws);
    expect(topicsAfter.map((t) => [t.id, t.label])).toEqual(topicsBefore.map((t) => [t.id, t.label]));
    const membersOf = (id: string) => [...after.values()].filter((a) => a.topicId === id).length;
    for (const t of topicsAfter) expect(t.size).toBe(membersOf(t.id));

    // A newcomer lands where the conversations of its planted issue mostly are.
    const issueOf = new Map<string, string>();
    for (const issue of truth.issues) for (const id of issue.transcriptIds) issueOf.set(`${DEMO_SOURCE}:${id}`, issue.key);
    const majority = new Map<string, string>();
    for (const t of topicsAfter) {
      const tally = new Map<string, number>();
      for (const [key, a] of before) if (a.topicId === t.id && issueOf.has(key)) tally.set(issueOf.get(key)!, (tally.get(issueOf.get(key)!) ?? 0) + 1);
      const best = [...tally.entries()].sort((x, y) => y[1] - x[1])[0];
      if (best) majority.set(t.id, best[0]);
    }
    const placed = held.filter((r) => issueOf.has(r.key) && after.get(r.key)!.topicId !== OUTLIER_TOPIC_ID);
    expect(placed.length).toBeGreaterThan(held.length * 0.5);
    const agree = placed.filter((r) => majority.get(after.get(r.key)!.topicId) === issueOf.get(r.key)).length;
    // ...about as often as the conversations the topics were discovered on (their purity).
    const members = [...before].filter(([key, a]) => issueOf.has(key) && a.topicId !== OUTLIER_TOPIC_ID);
    const purity = members.filter(([key, a]) => majority.get(a.topicId) === issueOf.get(key)).length / members.length;
    expect(agree / placed.length).toBeGreaterThan(purity - 0.1);
  }, 120_000);

  it('does nothing when nothing is new, and asks for a discovery when conversations were removed', async () => {
    const run = (await lastRun(ws))!;
    expect(await assignNewConversations(ws, run, { signal: new AbortController().signal })).toMatchObject({ assigned: 0 });
    await (await ws.table('transcripts')).delete(`key = '${held[0]!.key.replace(/'/g, "''")}'`);
    expect(await assignNewConversations(ws, run, { signal: new AbortController().signal })).toBeNull();
    // What the Insights table reports: one conversation changed that only a discovery accounts for.
    const [a, b] = [assignPendingConversations(ws), assignPendingConversations(ws)];
    expect(a).toBe(b);
    expect(await a).toBe(1);
  }, 60_000);
});
