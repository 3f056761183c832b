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
import { matchingKeys } from './matching';
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
  const customerText = String(row.customer_text ?? '');
  let preview = customerText.slice(0, 160);
  const needle = query?.trim().toLowerCase();
  if (needle) {
    // The hit may be in what the agent or the bot said: preview the turn that holds it.
    const texts = [
      customerText,
      ...(typeof row.turns_json === 'string'
        ? (JSON.parse(row.turns_json) as Array<{ text?: string }>).map((t) => t.text ?? '')
        : []),
    ];
    const text = texts.find((x) => x.toLowerCase().includes(needle)) ?? customerText;
    const at = text.toLowerCase().indexOf(needle);
    preview = at > 60 ? `…${text.slice(at - 40, at + 120)}` : text.slice(0, 160);
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
  locate?: string,
): Promise<{ total: number; items: TranscriptSummary[]; position?: number | null }> {
  const t = await table(ws);
  const matching = await matchingKeys(ws, filter);
  const index = locate === undefined ? -1 : matching.indexOf(locate);
  const found = locate === undefined ? {} : { position: index >= 0 ? index : null };
  const pageKeys = matching.slice(offset, offset + limit);
  if (pageKeys.length === 0) return { total: matching.length, items: [], ...found };
  const rows = (await t
    .query()
    .where(`key IN (${pageKeys.map(sql).join(',')})`)
    .select(filter.query?.trim() ? [...SUMMARY_COLUMNS, 'turns_json'] : SUMMARY_COLUMNS)
    .toArray()) as Array<Record<string, unknown>>;
  const byKey = new Map(rows.map((r) => [String(r.key), r]));
  return {
    total: matching.length,
    items: pageKeys.map((key) => toSummary(byKey.get(key)!, filter.query)),
    ...found,
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
  // Columns as Arrow vectors: no row object per conversation (this runs each time the list opens).
  const arrow = await (await table(ws)).query().select(['channel', 'language']).toArrow();
  const column = (name: string): Array<string | null> =>
    arrow.numRows === 0 ? [] : (arrow.getChild(name)!.toArray() as Array<string | null>);
  const count = (values: Array<string | null>) => {
    const counts = new Map<string, number>();
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([value, n]) => ({ value, count: n }));
  };
  return {
    total: arrow.numRows,
    channels: count(column('channel')),
    languages: count(column('language')),
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
