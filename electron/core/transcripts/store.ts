import { Index, type Table } from '@lancedb/lancedb';
import type { Data, Utf8 } from 'apache-arrow';
import { GleanerError } from '../../../shared/errors';
import type {
  TranscriptDetail,
  TranscriptFacets,
  TranscriptFilter,
  TranscriptSummary,
} from '../../../shared/domain/transcript';
import type { Workspace } from '../workspace/workspace';
import { hashBytes, KeyHashSet } from '../ingest/key-hashes';
import { computeRepeatColumns, type ContactColumns } from '../ingest/repeats';
import { transcriptRowsToArrow } from './arrow-rows';
import { cachedPerVersion } from '../workspace/version-cache';
import { takeRows } from '../workspace/take-rows';
import { matchingConversations } from './matching';
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
  await writeTranscriptRows(ws, fresh);
  return fresh.length;
}

/** Appends rows (already known to be new) in one commit, as one Arrow batch: one LanceDB fragment. */
export async function writeTranscriptRows(
  ws: Workspace,
  rows: readonly TranscriptRow[],
): Promise<void> {
  if (rows.length > 0) await (await table(ws)).add(transcriptRowsToArrow(rows));
}

/** The 64-bit hashes of every stored key, read column batch by column batch from the UTF-8 bytes. */
export async function storedKeyHashes(ws: Workspace): Promise<KeyHashSet> {
  const t = await table(ws);
  const set = new KeyHashSet(await t.countRows());
  const pair = new Uint32Array(2);
  for await (const batch of t.query().select(['key'])) {
    const column = batch.getChildAt(0)!;
    for (const data of column.data as Array<Data<Utf8>>) {
      if (data.offset !== 0) {
        for (let i = 0; i < data.length; i += 1) set.add(String(column.get(i)));
        continue;
      }
      const { valueOffsets, values } = data;
      for (let i = 0; i < data.length; i += 1) {
        hashBytes(values, valueOffsets[i]!, valueOffsets[i + 1]!, pair);
        set.addHash(pair);
      }
    }
  }
  return set;
}

/**
 * Before an import: creates or rebuilds the BTREE key index (one pass over the keys) when rows are not
 * indexed yet, so confirming candidate duplicates does not scan them. The import does not compact: LanceDB's compaction needs about 180 MB more RSS on a
 * 400,000-conversation table, beyond the import's bound; the workspace's Compact job merges fragments.
 */
export async function indexTranscriptKeys(ws: Workspace): Promise<boolean> {
  const t = await table(ws);
  const key = (await t.listIndices()).find((index) => index.columns.includes('key'));
  const stats = key ? await t.indexStats(key.name) : undefined;
  if (key && !stats?.numUnindexedRows) return false;
  if ((await t.countRows()) === 0) return false;
  await t.createIndex('key', { config: Index.btree(), replace: true });
  return true;
}

export const countTranscripts = async (ws: Workspace, where?: string): Promise<number> =>
  (await table(ws)).countRows(where);

/** Whether row i of an Arrow chunk holds a value (no bitmap: all do). */
const valid = (data: Data, i: number): boolean =>
  !data.nullBitmap || data.nullBitmap.length === 0
    ? true
    : ((data.nullBitmap[(data.offset + i) >> 3]! >> ((data.offset + i) & 7)) & 1) === 1;

/** A column kept as its Arrow chunks (UTF-8 bytes, no JS string per row), read by row number. */
class ChunkedStrings {
  private readonly starts: number[] = [];
  private readonly vectors: Array<{ get(i: number): unknown }> = [];

  push(start: number, vector: { get(i: number): unknown }): void {
    this.starts.push(start);
    this.vectors.push(vector);
  }

  get(row: number): string | null {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= row) lo = mid;
      else hi = mid - 1;
    }
    const value = this.vectors[lo]!.get(row - this.starts[lo]!);
    return value === null || value === undefined ? null : String(value);
  }
}

function grown<T extends Uint8Array | Uint32Array | Float64Array>(array: T, length: number): T {
  if (array.length >= length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(length, array.length * 2));
  next.set(array);
  return next;
}

/**
 * The columns repeat contacts need, streamed batch by batch into typed arrays: customer ids are hashed
 * from their UTF-8 bytes and dropped; only the key and previous-key chunks are kept (as bytes), and
 * only the keys that are needed are ever decoded.
 */
async function contactColumns(
  t: Table,
  where?: string,
): Promise<{
  columns: ContactColumns;
  storedRepeat: Uint8Array;
  hasStoredPrevious: Uint8Array;
  storedPrevious: (i: number) => string | null;
}> {
  const expected = await t.countRows(where);
  let customerHi = new Uint32Array(expected);
  let customerLo = new Uint32Array(expected);
  let eligible = new Uint8Array(expected);
  let startedMs = new Float64Array(expected);
  let endedMs = new Float64Array(expected);
  let storedRepeat = new Uint8Array(expected);
  let hasStoredPrevious = new Uint8Array(expected);
  const keys = new ChunkedStrings();
  const customersById = new ChunkedStrings();
  const previousKeys = new ChunkedStrings();
  const pair = new Uint32Array(2);
  let row = 0;
  const query = (where ? t.query().where(where) : t.query()).select([
    'key',
    'customer_id',
    'started_ms',
    'ended_ms',
    'repeat_contact',
    'previous_contact_key',
  ]);
  for await (const batch of query) {
    const need = row + batch.numRows;
    customerHi = grown(customerHi, need);
    customerLo = grown(customerLo, need);
    eligible = grown(eligible, need);
    startedMs = grown(startedMs, need);
    endedMs = grown(endedMs, need);
    storedRepeat = grown(storedRepeat, need);
    hasStoredPrevious = grown(hasStoredPrevious, need);
    keys.push(row, batch.getChild('key')!);
    customersById.push(row, batch.getChild('customer_id')!);
    previousKeys.push(row, batch.getChild('previous_contact_key')!);
    const chunk = (name: string) => batch.getChild(name)!.data[0]!;
    const customers = chunk('customer_id') as Data<Utf8>;
    const started = chunk('started_ms');
    const ended = chunk('ended_ms');
    const repeats = chunk('repeat_contact');
    const previous = chunk('previous_contact_key');
    const startedValues = started.values as Float64Array;
    const endedValues = ended.values as Float64Array;
    const repeatBits = repeats.values as Uint8Array;
    const { valueOffsets, values: customerBytes } = customers;
    // A sliced chunk's fixed-width values and offsets start at its row 0; its bitmaps (validity, Bool) do not.
    for (let i = 0; i < batch.numRows; i += 1, row += 1) {
      const start = valid(started, i) ? startedValues[i]! : Number.NaN;
      startedMs[row] = start;
      endedMs[row] = valid(ended, i) ? endedValues[i]! : Number.NaN;
      const bit = repeats.offset + i;
      storedRepeat[row] = (repeatBits[bit >> 3]! >> (bit & 7)) & 1;
      hasStoredPrevious[row] = valid(previous, i) ? 1 : 0;
      if (!valid(customers, i) || !Number.isFinite(start)) continue;
      const from = valueOffsets[i]!;
      const to = valueOffsets[i + 1]!;
      if (to === from) continue;
      hashBytes(customerBytes, from, to, pair);
      customerHi[row] = pair[0]!;
      customerLo[row] = pair[1]!;
      eligible[row] = 1;
    }
  }
  return {
    columns: {
      length: row,
      customerHi,
      customerLo,
      eligible,
      startedMs,
      endedMs,
      customer: (i) => customersById.get(i) ?? '',
      key: (i) => keys.get(i) ?? '',
    },
    storedRepeat,
    hasStoredPrevious,
    storedPrevious: (i) => previousKeys.get(i),
  };
}

/** Above this many customers a scoped pass reads most of the table anyway: the whole workspace is read instead. */
export const SCOPED_REPEATS_MAX_CUSTOMERS = 1000;

/**
 * Recomputes repeat contacts and writes only the conversations that changed: over the whole workspace, or
 * over the conversations of `customers` only (repeats link a customer's own contacts, so no one else's can
 * change). An import of a few conversations into a big workspace then reads only their customers' rows.
 */
export async function recomputeRepeatContacts(
  ws: Workspace,
  windowDays: number,
  customers?: ReadonlySet<string>,
): Promise<number> {
  const scoped = customers !== undefined && customers.size <= SCOPED_REPEATS_MAX_CUSTOMERS;
  if (scoped && customers.size === 0) return 0;
  const t = await table(ws);
  const where = scoped ? `customer_id IN (${[...customers].map(sql).join(',')})` : undefined;
  const { columns, storedRepeat, hasStoredPrevious, storedPrevious } = await contactColumns(
    t,
    where,
  );
  const { repeat, previous } = computeRepeatColumns(columns, windowDays);
  const changed: Array<{
    key: string;
    repeat_contact: boolean;
    previous_contact_key: string | null;
  }> = [];
  for (let i = 0; i < columns.length; i += 1) {
    if (repeat[i] === storedRepeat[i] && previous[i]! < 0 && !hasStoredPrevious[i]) continue;
    const stored = storedPrevious(i);
    const previousKey = previous[i]! >= 0 ? columns.key(previous[i]!) : null;
    if (repeat[i] === storedRepeat[i] && previousKey === stored) continue;
    changed.push({
      key: columns.key(i),
      repeat_contact: repeat[i] === 1,
      previous_contact_key: previousKey,
    });
  }
  // The changed rows are merged by key: without the key index each merge joins against the whole
  // table (1.7 GB RSS and 17 s after a first import of 100,000 demo conversations; 0.4 GB and 1 s with it).
  if (changed.length > 0) await indexTranscriptKeys(ws);
  for (let i = 0; i < changed.length; i += 5000)
    await t
      .mergeInsert('key')
      .whenMatchedUpdateAll()
      .execute(changed.slice(i, i + 5000));
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
  const { keys, rowIds } = await matchingConversations(ws, filter);
  const index = locate === undefined ? -1 : keys.indexOf(locate);
  const found = locate === undefined ? {} : { position: index >= 0 ? index : null };
  const pageKeys = keys.slice(offset, offset + limit);
  if (pageKeys.length === 0) return { total: keys.length, items: [], ...found };
  const columns = filter.query?.trim() ? [...SUMMARY_COLUMNS, 'turns_json'] : SUMMARY_COLUMNS;
  const byKey = await takeRows(
    t,
    pageKeys.map((key, i) => ({ key, rowId: rowIds[offset + i]! })),
    'key',
    columns,
  );
  return {
    total: keys.length,
    items: pageKeys.flatMap((key) => {
      const row = byKey.get(key);
      return row ? [toSummary(row, filter.query)] : [];
    }),
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

/** Remembered per table version: the Transcripts and Insights screens ask on every visit. */
export const transcriptFacets: (ws: Workspace) => Promise<TranscriptFacets> = cachedPerVersion('transcripts', countFacets);

async function countFacets(t: Table): Promise<TranscriptFacets> {
  // Columns as Arrow vectors: no row object per conversation.
  const arrow = await t.query().select(['channel', 'language']).toArrow();
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
