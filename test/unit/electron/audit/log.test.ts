import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, auditCsv, readAudit, verifyAudit, verifyChain } from '../../../../electron/core/audit/log';
import { Workspace } from '../../../../electron/core/workspace/workspace';

describe('audit log', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-audit-'));
    ws = await Workspace.create(dir);
    for (const action of ['submit', 'comment', 'request_changes', 'submit', 'approve']) {
      await appendAudit(ws, { actorId: 'u1', actorName: 'Ann', action, subjectKind: 'article', subjectId: 'a1', details: { note: `${action}!` } });
    }
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('chains every entry to the one before and verifies', async () => {
    const entries = await readAudit(ws);
    expect(entries.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(verifyChain(entries)).toEqual({ ok: true, entries: 5, firstBrokenSeq: null, reason: null });
  });

  it('reports the first entry that was altered after the fact', async () => {
    const table = await ws.table('audit_log');
    await table.update({ where: 'seq = 2', values: { actor_name: 'Mallory' } });
    const verification = verifyChain(await readAudit(ws));
    expect(verification).toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });

  it('reports a deleted entry', async () => {
    await (await ws.table('audit_log')).delete('seq = 1');
    expect(verifyChain(await readAudit(ws))).toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });

  it('exports CSV with formula-looking cells neutralised', async () => {
    await appendAudit(ws, { actorId: 'u2', actorName: '=HYPERLINK("x")', action: 'export', subjectKind: 'export', subjectId: 'e1' });
    const csv = auditCsv(await readAudit(ws));
    expect(csv.split('\n')[0]).toBe('seq,at,actor_id,actor_name,action,subject_kind,subject_id,details,prev_hash,hash');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('audit log head', () => {
  it('notices that the newest entries were removed, which the chain alone cannot', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gleaner-audit-head-'));
    const ws = await Workspace.create(dir);
    try {
      for (const action of ['submit', 'approve', 'export']) await appendAudit(ws, { actorId: 'u1', actorName: 'Ann', action, subjectKind: 'article', subjectId: 'a1' });
      expect(await verifyAudit(ws)).toEqual({ ok: true, entries: 3, firstBrokenSeq: null, reason: null });
      await (await ws.table('audit_log')).delete('seq >= 1');
      const entries = await readAudit(ws);
      expect(verifyChain(entries)).toMatchObject({ ok: true });
      expect(await verifyAudit(ws)).toEqual({ ok: false, entries: 1, firstBrokenSeq: 1, reason: 'truncated' });
    } finally {
      ws.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
