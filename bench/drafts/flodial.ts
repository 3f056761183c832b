import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftConversation } from '../../electron/core/drafts/types';

/** FloDial (dair-iitd): troubleshooting dialogues per problem, and each problem's gold procedure text. */

export const FLODIAL_DIR = join(process.env.GLEANER_DATA_DIR ?? '/work/shared/data', 'flodial');

interface RawUtterance {
  speaker: 'user' | 'agent';
  utterance: string;
  turn_id: number;
}

interface RawKnowledge {
  name: string;
  problem_description: string;
  nodes: Record<string, { label: string; terminal: boolean; utterance: string }>;
  supporting_faqs: Array<{ q: string; a: string; id: string }>;
}

export interface FloDialProblem {
  name: string;
  /** The dialogues alone: speakers and words; the grounding links are not read. */
  conversations: DraftConversation[];
  /** Problem description, every node's utterance, and every FAQ question and answer. */
  gold: string;
}

export function loadFloDial(dir = FLODIAL_DIR): FloDialProblem[] {
  const dialogs = JSON.parse(readFileSync(join(dir, 'test_dialogs.json'), 'utf8')) as Record<string, { flowchart: string; utterences: RawUtterance[] }>;
  const byProblem = new Map<string, DraftConversation[]>();
  for (const [id, dialog] of Object.entries(dialogs)) {
    const conversation: DraftConversation = {
      id: `flodial:${id}`,
      language: 'en',
      // Only speaker and words: `grounded_doc_id` would leak the gold text's structure.
      turns: dialog.utterences.map((u) => ({ role: u.speaker === 'user' ? 'customer' : 'agent', text: u.utterance })),
      // Every FloDial dialogue reaches a solution node: all count as successful.
      resolved: true,
      escalated: false,
      repeatContact: false,
      csat: null,
    };
    byProblem.set(dialog.flowchart, [...(byProblem.get(dialog.flowchart) ?? []), conversation]);
  }
  const problems: FloDialProblem[] = [];
  for (const file of readdirSync(join(dir, 'knowledge-sources')).filter((f) => f.endsWith('.json')).sort()) {
    const k = JSON.parse(readFileSync(join(dir, 'knowledge-sources', file), 'utf8')) as RawKnowledge;
    const name = file.replace(/\.json$/, '');
    const nodes = Object.keys(k.nodes)
      .sort((a, b) => Number(a) - Number(b))
      .map((id) => k.nodes[id]!.utterance);
    const faqs = k.supporting_faqs.flatMap((f) => [f.q, f.a]);
    problems.push({ name, conversations: byProblem.get(name) ?? [], gold: [k.problem_description, ...nodes, ...faqs].join('\n') });
  }
  return problems;
}
