import type { Table } from '@lancedb/lancedb';
import { GleanerError } from '../../../shared/errors';
import type {
  TranscriptDetail,
  TranscriptFacets,
  TranscriptFilter,
  TranscriptSummary,
} from '../../../shared/domain/transcript';
import type { Workspace } from '../workspace/workspace';
import { computeRepeats } from '../ingest/repeats';
import type { TranscriptRow } from './row';

const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;
const IN_CHUNK = 500;

const table = (ws: Workspace): Promise<Table> => ws.table('transcripts');

/** Which of these keys are stored already. */
export async function existingKeys(ws: Workspace, keys: readonly string[]): Promise<Set<string>> {
  const t = await table(ws);
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += IN_CHUNK) {
    const chunk = keys.slice(i, i + IN_CHUNK);
    const rows = (await t
      .query()
      .where(`key IN (${chunk.map(sql).join(',')})`)
      .select(['key'])
      .toArray()) as Array<{ key: string }>;
    for (const row of rows) found.add(row.key);
  }
  return found;
}

/** Adds new conversations in one commit; those already stored are skipped. Returns how many were added. */
export async function addTranscripts(
  ws: Workspace,
  rows: readonly TranscriptRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const seen = await existingKeys(
    ws,
    rows.map((r) => r.key),
  );
  const fresh = rows.filter((row) => !seen.has(row.key) && (seen.add(row.key), true));
  if (fresh.length > 0) await (await table(ws)).add(fresh.map((row) => ({ ...row })));
  return fresh.length;
}

export const countTranscripts = async (ws: Workspace, where?: string): Promise<number> =>
  (await table(ws)).countRows(where);

/** Recomputes repeat contacts over the whole workspace and writes only the conversations that changed. */
export async function recomputeRepeatContacts(ws: Workspace, windowDays: number): Promise<number> {
  const t = await table(ws);
  const rows = (await t
    .query()
    .select([
      'key',
      'customer_id',
      'started_ms',
      'ended_ms',
      'repeat_contact',
      'previous_contact_key',
    ])
    .toArray()) as Array<
    Pick<
      TranscriptRow,
      'key' | 'customer_id' | 'started_ms' | 'ended_ms' | 'repeat_contact' | 'previous_contact_key'
    >
  >;
  const current = new Map(rows.map((r) => [r.key, r]));
  const flags = computeRepeats(
    rows.map((r) => ({
      key: r.key,
      customerId: r.customer_id,
      startedMs: r.started_ms,
      endedMs: r.ended_ms,
    })),
    windowDays,
  );
  const changed = flags.filter((f) => {
    const row = current.get(f.key)!;
    return row.repeat_contact !== f.repeat || (row.previous_contact_key ?? null) !== f.previousKey;
  });
  for (let i = 0; i < changed.length; i += 5000) {
    const batch = changed
      .slice(i, i + 5000)
      .map((f) => ({ key: f.key, repeat_contact: f.repeat, previous_contact_key: f.previousKey }));
    await t.mergeInsert('key').whenMatchedUpdateAll().execute(batch);
  }
  return changed.length;
}

function whereOf(filter: TranscriptFilter): string | undefined {
  const parts: string[] = [];
  if (filter.channel) parts.push(`channel = ${sql(filter.channel)}`);
  if (filter.language) parts.push(`language = ${sql(filter.language)}`);
  if (filter.from) parts.push(`started_ms >= ${Date.parse(filter.from)}`);
  if (filter.to) parts.push(`started_ms < ${Date.parse(filter.to)}`);
  if (filter.outcome === 'escalated') parts.push('escalated = true');
  if (filter.outcome === 'repeat') parts.push('repeat_contact = true');
  if (filter.outcome === 'resolved')
    parts.push('resolved = 1 AND escalated = false AND repeat_contact = false');
  if (filter.outcome === 'unresolved') parts.push('resolved = 0');
  if (filter.keys)
    parts.push(filter.keys.length ? `key IN (${filter.keys.map(sql).join(',')})` : 'false');
  return parts.length ? parts.join(' AND ') : undefined;
}

const SUMMARY_COLUMNS = [
  'key',
  'source',
  'external_id',
  'customer_id',
  'channel',
  'language',
  'started_at',
  'started_ms',
  'turn_count',
  'resolved',
  'escalated',
  'repeat_contact',
  'csat',
  'customer_text',
];

function toSummary(row: Record<string, unknown>, query: string | undefined): TranscriptSummary {
  const text = String(row.customer_text ?? '');
  let preview = text.slice(0, 160);
  if (query) {
    const at = text.toLowerCase().indexOf(query.toLowerCase());
    if (at > 60) preview = `…${text.slice(at - 40, at + 120)}`;
  }
  return {
    key: String(row.key),
    source: String(row.source),
    externalId: String(row.external_id),
    customerId: (row.customer_id as string | null) ?? null,
    channel: (row.channel as string | null) ?? null,
    language: String(row.language),
    startedAt: (row.started_at as string | null) ?? null,
    turnCount: Number(row.turn_count),
    resolved:
      row.resolved === null || row.resolved === undefined ? null : Number(row.resolved) === 1,
    escalated: Boolean(row.escalated),
    repeatContact: Boolean(row.repeat_contact),
    csat: (row.csat as number | null) ?? null,
    preview: preview.replace(/\s+/g, ' '),
  };
}

/** A page of conversations, newest first, with the total that match. */
export async function listTranscripts(
  ws: Workspace,
  filter: TranscriptFilter,
  offset: number,
  limit: number,
): Promise<{ total: number; items: TranscriptSummary[] }> {
  const t = await table(ws);
  const where = whereOf(filter);
  let query = t.query();
  if (where) query = query.where(where);
  const needle = filter.query?.trim().toLowerCase();
  const index = (await query
    .select(needle ? ['key', 'started_ms', 'customer_text'] : ['key', 'started_ms'])
    .toArray()) as Array<{ key: string; started_ms: number | null; customer_text?: string }>;
  const matching = needle
    ? index.filter(
        (r) =>
          (r.customer_text ?? '').toLowerCase().includes(needle) ||
          r.key.toLowerCase().includes(needle),
      )
    : index;
  matching.sort((a, b) => (b.started_ms ?? 0) - (a.started_ms ?? 0) || a.key.localeCompare(b.key));
  const pageKeys = matching.slice(offset, offset + limit).map((r) => r.key);
  if (pageKeys.length === 0) return { total: matching.length, items: [] };
  const rows = (await t
    .query()
    .where(`key IN (${pageKeys.map(sql).join(',')})`)
    .select(SUMMARY_COLUMNS)
    .toArray()) as Array<Record<string, unknown>>;
  const byKey = new Map(rows.map((r) => [String(r.key), r]));
  return {
    total: matching.length,
    items: pageKeys.map((key) => toSummary(byKey.get(key)!, filter.query)),
  };
}

export async function getTranscript(ws: Workspace, key: string): Promise<TranscriptDetail> {
  const rows = (await (
    await table(ws)
  )
    .query()
    .where(`key = ${sql(key)}`)
    .limit(1)
    .toArray()) as Array<TranscriptRow>;
  const row = rows[0];
  if (!row) throw new GleanerError('E_NOT_FOUND', `No conversation ${key}.`);
  return {
    ...toSummary(row as unknown as Record<string, unknown>, undefined),
    endedAt: row.ended_at,
    turns: JSON.parse(row.turns_json) as TranscriptDetail['turns'],
    escalationRule: row.escalation_rule,
    escalationTurn: row.escalation_turn,
    handleSeconds: row.handle_seconds,
    previousContactKey: row.previous_contact_key,
    metadata: JSON.parse(row.metadata_json) as Record<string, unknown>,
  };
}

export async function transcriptFacets(ws: Workspace): Promise<TranscriptFacets> {
  const rows = (await (
    await table(ws)
  )
    .query()
    .select(['channel', 'language'])
    .toArray()) as Array<{ channel: string | null; language: string }>;
  const count = (values: Array<string | null>) => {
    const counts = new Map<string, number>();
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([value, n]) => ({ value, count: n }));
  };
  return {
    total: rows.length,
    channels: count(rows.map((r) => r.channel)),
    languages: count(rows.map((r) => r.language)),
  };
}

/** Every stored conversation in batches, with the columns asked for (embedding, topics, friction). */
export async function* iterateTranscripts(
  ws: Workspace,
  columns: readonly string[],
  batchSize = 5000,
): AsyncGenerator<Array<Record<string, unknown>>> {
  const t = await table(ws);
  const total = await t.countRows();
  for (let offset = 0; offset < total; offset += batchSize) {
    const rows = (await t
      .query()
      .select([...columns])
      .limit(batchSize)
      .offset(offset)
      .toArray()) as Array<Record<string, unknown>>;
    if (rows.length === 0) break;
    yield rows;
  }
}
