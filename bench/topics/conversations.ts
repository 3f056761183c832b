/**
 * FloDial (894 troubleshooting dialogues, 12 problems) as whole conversations: stored in a workspace
 * and embedded through the app's own path, customer turns alone or with the agents' side blended in.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embedConversations, loadConversations } from '../../electron/core/topics/embed-conversations';
import { toRow } from '../../electron/core/transcripts/row';
import { addTranscripts } from '../../electron/core/transcripts/store';
import { Workspace } from '../../electron/core/workspace/workspace';
import { loadFloDial } from '../drafts/flodial';
import type { BenchVectors } from './embed';
import type { LabelledSet } from './datasets';

export interface ConversationSets {
  /** Texts (customer and agent turns) and problems, for the baseline. */
  set: LabelledSet;
  embed(withAgents: boolean): Promise<BenchVectors>;
  close(): Promise<void>;
}

export async function floDialConversations(): Promise<ConversationSets> {
  const dir = await mkdtemp(join(tmpdir(), 'gleaner-bench-flodial-'));
  const ws = await Workspace.create(dir, { name: 'FloDial' });
  const problemOf = new Map<string, string>();
  const rows = loadFloDial().flatMap((problem) =>
    problem.conversations.map((c) => {
      const row = toRow({ id: c.id, turns: c.turns.map((t) => ({ role: t.role, text: t.text })) }, 'flodial', 'bench', { redact: false });
      problemOf.set(row.key, problem.name);
      return row;
    }),
  );
  await addTranscripts(ws, rows);
  const { keys, texts } = await loadConversations(ws);
  const whole = new Map(rows.map((r) => [r.key, (JSON.parse(r.turns_json) as Array<{ text: string }>).map((t) => t.text).join('\n')]));
  return {
    set: { name: 'FloDial dialogues', texts: keys.map((k) => whole.get(k)!), labels: keys.map((k) => problemOf.get(k)!) },
    async embed(withAgents) {
      const { m, embedder, agent } = await embedConversations(ws, texts, { signal: new AbortController().signal, progress: () => {}, keys: withAgents ? keys : undefined });
      return { vectors: m.data, dim: m.dim, embedder, agent };
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
