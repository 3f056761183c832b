import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedConversations, loadConversations } from '../../../../electron/core/topics/embed-conversations';
import { dotRows, type Matrix } from '../../../../electron/core/topics/vectors';
import { toRow } from '../../../../electron/core/transcripts/row';
import { addTranscripts } from '../../../../electron/core/transcripts/store';
import { Workspace } from '../../../../electron/core/workspace/workspace';

/** Two customers say one problem in words they do not share; the agent answers both with the same steps. */
const CONVERSATIONS = [
  { id: 'a', customer: 'My parcel never arrived', agent: 'Ask your neighbours, then open a courier claim under Orders > Help.' },
  { id: 'b', customer: 'Tracking says delivered yet nothing is here', agent: 'Ask your neighbours, then open a courier claim under Orders > Help.' },
  { id: 'c', customer: 'I was charged twice this month', agent: 'Refund the duplicate payment from Billing > History.' },
];

describe("a conversation's topic vector", () => {
  let dir: string;
  let ws: Workspace;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gleaner-agent-side-'));
    ws = await Workspace.create(dir, { name: 'agent side' });
    const rows = CONVERSATIONS.map((c) =>
      toRow({ id: c.id, turns: [{ role: 'customer', text: c.customer }, { role: 'agent', text: c.agent }, { role: 'system', text: 'closed' }] }, 'test', 'import-1', { redact: true }),
    );
    await addTranscripts(ws, rows);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cosine = (m: Matrix, i: number, j: number) => dotRows(m.data, i * m.dim, m.data, j * m.dim, m.dim);
  const embed = async (withAgents: boolean) => {
    const { keys, texts } = await loadConversations(ws);
    const { m } = await embedConversations(ws, texts, { signal: new AbortController().signal, progress: () => {}, keys: withAgents ? keys : undefined });
    const row = (id: string) => keys.indexOf(`test:${id}`);
    return { m, a: row('a'), b: row('b'), c: row('c') };
  };

  it('joins two phrasings of one problem through the steps the agents gave, and keeps unit length', async () => {
    const customersOnly = await embed(false);
    const blended = await embed(true);
    expect(cosine(customersOnly.m, customersOnly.a, customersOnly.b)).toBeLessThan(0.05);
    expect(cosine(blended.m, blended.a, blended.b)).toBeGreaterThan(0.05);
    expect(cosine(blended.m, blended.a, blended.b)).toBeGreaterThan(cosine(blended.m, blended.a, blended.c) + 0.05);
    for (const row of [blended.a, blended.b, blended.c]) expect(cosine(blended.m, row, row)).toBeCloseTo(1, 5);
  });
});
