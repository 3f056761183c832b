import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_SOURCE } from '../../../../electron/core/demo/build';
import type { DemoTruth } from '../../../../electron/core/demo/types';
import { workspaceFriction } from '../../../../electron/core/friction/workspace';
import { ensureTopics } from '../../../../electron/core/topics/ensure';
import { loadAssignments } from '../../../../electron/core/topics/store';
import { Workspace } from '../../../../electron/core/workspace/workspace';
import type { FrictionReport } from '../../../../shared/domain/friction';

const ranks = (values: readonly number[]): number[] => {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j += 1;
    for (let t = i; t <= j; t += 1) out[order[t]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
};

function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (ra.length + 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i += 1) {
    num += (ra[i]! - mean) * (rb[i]! - mean);
    da += (ra[i]! - mean) ** 2;
    db += (rb[i]! - mean) ** 2;
  }
  return num / Math.sqrt(da * db);
}

describe('friction on the demo workspace', () => {
  let dir: string;
  let ws: Workspace;
  let truth: DemoTruth;
  let report: FrictionReport;
  /** The planted issue most of a topic's conversations belong to. */
  const issueOfTopic = new Map<string, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gleaner-friction-demo-'));
    ws = await Workspace.create(dir, { name: 'demo', isDemo: true });
    // A fixed clock: the demo data depends on the minute it is generated.
    truth = (await buildDemoWorkspace(ws, { seed: 7, conversations: 3000, now: Date.parse('2026-11-24T09:00:00Z') })).truth;
    await ensureTopics(ws, {});
    report = await workspaceFriction(ws);
    const assignments = await loadAssignments(ws);
    const votes = new Map<string, Map<string, number>>();
    for (const issue of truth.issues) {
      for (const id of issue.transcriptIds) {
        const topic = assignments.get(`${DEMO_SOURCE}:${id}`)?.topicId;
        if (!topic) continue;
        const tally = votes.get(topic) ?? new Map<string, number>();
        tally.set(issue.key, (tally.get(issue.key) ?? 0) + 1);
        votes.set(topic, tally);
      }
    }
    for (const [topic, tally] of votes) issueOfTopic.set(topic, [...tally.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Avoidable contacts per week add up, so an issue split over topics (e.g. English and Chinese) sums its topics. */
  const scoreOfIssue = (): Map<string, number> => {
    const scores = new Map<string, number>();
    for (const topic of report.topics) {
      const issue = issueOfTopic.get(topic.topicId);
      if (issue) scores.set(issue, (scores.get(issue) ?? 0) + topic.score);
    }
    return scores;
  };

  it('ranks the planted issues like the planted truth (Spearman ≥ 0.8)', () => {
    const scores = scoreOfIssue();
    const issues = truth.issues.filter((i) => i.conversations > 0);
    const rho = spearman(
      issues.map((i) => scores.get(i.key) ?? 0),
      issues.map((i) => i.frictionScore),
    );
    expect(rho).toBeGreaterThanOrEqual(0.8);
  });

  it('puts the top planted issues at the top of the table, with reasons', () => {
    const topPlanted = [...truth.issues].sort((a, b) => a.frictionRank - b.frictionRank).slice(0, 3).map((i) => i.key);
    // An issue said in several ways spreads over several topics: rank issues by their topics' summed scores.
    const topFound = [...scoreOfIssue().entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([key]) => key);
    expect(topFound).toEqual(expect.arrayContaining(topPlanted));
    const first = report.topics[0]!;
    const topFivePlanted = [...truth.issues].sort((a, b) => a.frictionRank - b.frictionRank).slice(0, 5).map((i) => i.key);
    expect(topFivePlanted).toContain(issueOfTopic.get(first.topicId));
    expect(first.components.some((c) => c.avoidablePerWeek > 0)).toBe(true);
    expect(first.score).toBeCloseTo(first.components.reduce((s, c) => s + c.avoidablePerWeek, 0), 9);
  });

  it('writes every conversation an assignment', async () => {
    expect((await loadAssignments(ws)).size).toBe(truth.conversations);
  });
});
