import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { auditHeadSchema, type AuditEntry, type AuditHead, type AuditVerification } from '../../../shared/domain/audit';
import { withFileLock } from '../util/file-lock';
import { readJsonIfExists, writeFileAtomic } from '../util/fs';
import { sqlString } from '../util/sql';
import type { Workspace } from '../workspace/workspace';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The last entry's seq and hash, kept beside the table: the chain alone cannot tell that its newest entries were
 * deleted, the head can. It may lag one entry behind after a crash between the append and this write.
 */
const HEAD_FILE = 'audit-head.json';
const LOCK_FILE = 'audit.lock';

export async function readAuditHead(ws: Workspace): Promise<AuditHead | null> {
  const raw = await readJsonIfExists(join(ws.dir, HEAD_FILE));
  return raw === undefined ? null : auditHeadSchema.parse(raw);
}

export interface AuditEvent {
  actorId: string;
  actorName: string;
  action: string;
  subjectKind: string;
  subjectId: string;
  details?: Record<string, unknown>;
}

interface Row {
  seq: bigint | number;
  at: string;
  actor_id: string;
  actor_name: string;
  action: string;
  subject_kind: string;
  subject_id: string;
  details_json: string;
  prev_hash: string;
  hash: string;
}

/** The hash of an entry covers every field and the previous hash, so editing any past entry breaks the chain. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actorId, actorName, action, subjectKind, subjectId, details, prevHash } = entry;
  return createHash('sha256')
    .update(JSON.stringify([seq, at, actorId, actorName, action, subjectKind, subjectId, JSON.stringify(details), prevHash]))
    .digest('hex');
}

const fromRow = (row: Row): AuditEntry => ({
  seq: Number(row.seq),
  at: row.at,
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action,
  subjectKind: row.subject_kind,
  subjectId: row.subject_id,
  details: JSON.parse(row.details_json) as Record<string, unknown>,
  prevHash: row.prev_hash,
  hash: row.hash,
});

export async function readAudit(ws: Workspace, filter?: { subjectId?: string }): Promise<AuditEntry[]> {
  const table = await ws.table('audit_log');
  let query = table.query();
  if (filter?.subjectId) query = query.where(`subject_id = ${sqlString(filter.subjectId)}`);
  const rows = (await query.toArray()) as Row[];
  return rows.map(fromRow).sort((a, b) => a.seq - b.seq);
}

let appendQueue: Promise<unknown> = Promise.resolve();

/**
 * Appends one entry to the chain. Appends are serialized, within this process by a queue and across
 * processes sharing the workspace by a lock file, so the chain never forks.
 */
export function appendAudit(ws: Workspace, event: AuditEvent): Promise<AuditEntry> {
  const next = appendQueue.then(() => withFileLock(join(ws.dir, LOCK_FILE), () => appendLocked(ws, event)));
  appendQueue = next.catch(() => undefined);
  return next;
}

async function appendLocked(ws: Workspace, event: AuditEvent): Promise<AuditEntry> {
  const table = await ws.table('audit_log');
  const last = (await table.query().select(['seq', 'hash']).toArray()) as Array<Pick<Row, 'seq' | 'hash'>>;
  const tail = last.reduce<Pick<Row, 'seq' | 'hash'> | undefined>((max, row) => (!max || Number(row.seq) > Number(max.seq) ? row : max), undefined);
  const base: Omit<AuditEntry, 'hash'> = {
    seq: tail ? Number(tail.seq) + 1 : 0,
    at: new Date().toISOString(),
    actorId: event.actorId,
    actorName: event.actorName,
    action: event.action,
    subjectKind: event.subjectKind,
    subjectId: event.subjectId,
    details: event.details ?? {},
    prevHash: tail?.hash ?? GENESIS_HASH,
  };
  const entry: AuditEntry = { ...base, hash: entryHash(base) };
  await table.add([
    {
      seq: BigInt(entry.seq),
      at: entry.at,
      actor_id: entry.actorId,
      actor_name: entry.actorName,
      action: entry.action,
      subject_kind: entry.subjectKind,
      subject_id: entry.subjectId,
      details_json: JSON.stringify(entry.details),
      prev_hash: entry.prevHash,
      hash: entry.hash,
    },
  ]);
  await writeFileAtomic(join(ws.dir, HEAD_FILE), JSON.stringify({ seq: entry.seq, hash: entry.hash } satisfies AuditHead));
  return entry;
}

/** Recomputes the chain; reports the first entry whose hash or link does not match, or that the newest ones are gone. */
export function verifyChain(entries: readonly AuditEntry[], head: AuditHead | null = null): AuditVerification {
  const broken = (firstBrokenSeq: number, reason: 'altered' | 'truncated'): AuditVerification => ({ ok: false, entries: entries.length, firstBrokenSeq, reason });
  let prev = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const { hash, ...rest } = entry;
    if (entry.seq !== index || entry.prevHash !== prev || entryHash(rest) !== hash) return broken(entry.seq, 'altered');
    prev = hash;
  }
  if (head) {
    if (entries.length <= head.seq) return broken(entries.length, 'truncated');
    if (entries[head.seq]!.hash !== head.hash) return broken(head.seq, 'altered');
  }
  return { ok: true, entries: entries.length, firstBrokenSeq: null, reason: null };
}

export const verifyAudit = async (ws: Workspace): Promise<AuditVerification> => verifyChain(await readAudit(ws), await readAuditHead(ws));

const csvCell = (value: string): string => (/[",\n\r]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : value);

/** CSV of the log, safe to open in a spreadsheet (formula-looking cells are neutralised). */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const header = 'seq,at,actor_id,actor_name,action,subject_kind,subject_id,details,prev_hash,hash';
  const lines = entries.map((e) =>
    [String(e.seq), e.at, e.actorId, e.actorName, e.action, e.subjectKind, e.subjectId, JSON.stringify(e.details), e.prevHash, e.hash].map(csvCell).join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}
