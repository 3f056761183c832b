/**
 * Whole conversations stored in a workspace and embedded through the app's own path, customer turns
 * alone or with the agents' side: FloDial (894 troubleshooting dialogues, 12 problems) and the seeded
 * demo workspace (its planted issues, each in English and Chinese).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoWorkspace, DEMO_SOURCE } from '../../electron/core/demo/build';
import {
  embedConversations,
  loadConversations,
} from '../../electron/core/topics/embed-conversations';
import { toRow } from '../../electron/core/transcripts/row';
import { addTranscripts, iterateTranscripts } from '../../electron/core/transcripts/store';
import { Workspace } from '../../electron/core/workspace/workspace';
import { loadFloDial } from '../drafts/flodial';
import type { BenchVectors } from './embed';
import type { LabelledSet } from './datasets';

export interface ConversationSets {
  /** Texts (customer and agent turns) and labels, for the baseline. */
  set: LabelledSet;
  embed(withAgents: boolean): Promise<BenchVectors>;
  close(): Promise<void>;
}

/** The set of a filled workspace: each stored conversation's whole text and label, in the app's order. */
async function storedSet(
  dir: string,
  ws: Workspace,
  name: string,
  labelOf: (key: string) => string,
): Promise<ConversationSets> {
  const { keys, texts } = await loadConversations(ws);
  const whole = new Map<string, string>();
  for await (const rows of iterateTranscripts(ws, ['key', 'turns_json'])) {
    for (const row of rows)
      whole.set(
        row.key as string,
        (JSON.parse(row.turns_json as string) as Array<{ text: string }>)
          .map((t) => t.text)
          .join('\n'),
      );
  }
  return {
    set: { name, texts: keys.map((k) => whole.get(k)!), labels: keys.map(labelOf) },
    async embed(withAgents) {
      const { m, embedder, agent } = await embedConversations(ws, texts, {
        signal: new AbortController().signal,
        progress: () => {},
        keys: withAgents ? keys : undefined,
      });
      return { vectors: m.data, dim: m.dim, embedder, agent };
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function floDialConversations(): Promise<ConversationSets> {
  const dir = await mkdtemp(join(tmpdir(), 'gleaner-bench-flodial-'));
  const ws = await Workspace.create(dir, { name: 'FloDial' });
  const problemOf = new Map<string, string>();
  const rows = loadFloDial().flatMap((problem) =>
    problem.conversations.map((c) => {
      const row = toRow(
        { id: c.id, turns: c.turns.map((t) => ({ role: t.role, text: t.text })) },
        'flodial',
        'bench',
        { redact: false },
      );
      problemOf.set(row.key, problem.name);
      return row;
    }),
  );
  await addTranscripts(ws, rows);
  return storedSet(dir, ws, 'FloDial dialogues', (key) => problemOf.get(key)!);
}

/** The demo workspace (default seed and size), labelled by planted issue and language ("none" for the small talk around them). */
export async function demoConversations(): Promise<ConversationSets> {
  const dir = await mkdtemp(join(tmpdir(), 'gleaner-bench-demo-'));
  const ws = await Workspace.create(dir, { name: 'Demo' });
  const { truth } = await buildDemoWorkspace(ws);
  const issueOf = new Map<string, string>();
  for (const issue of truth.issues)
    for (const id of issue.transcriptIds) issueOf.set(`${DEMO_SOURCE}:${id}`, issue.key);
  const languageOf = new Map<string, string>();
  for await (const rows of iterateTranscripts(ws, ['key', 'language']))
    for (const row of rows) languageOf.set(row.key as string, String(row.language ?? ''));
  return storedSet(
    dir,
    ws,
    'Demo workspace',
    (key) => `${issueOf.get(key) ?? 'none'}|${languageOf.get(key)}`,
  );
}
