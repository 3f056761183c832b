import { createHash } from 'node:crypto';
import { redact, type RedactionOptions } from '../../../shared/text/pii';
import type { TranscriptInput } from '../../../shared/domain/transcript';
import { detectLanguage, inferEscalation } from '../ingest/outcomes';

export interface TranscriptRow {
  key: string;
  source: string;
  external_id: string;
  customer_id: string | null;
  channel: string | null;
  language: string;
  started_at: string | null;
  started_ms: number | null;
  ended_at: string | null;
  ended_ms: number | null;
  turns_json: string;
  customer_text: string;
  turn_count: number;
  /** 1, 0, or null when unknown. */
  resolved: number | null;
  escalated: boolean;
  escalation_rule: string | null;
  escalation_turn: number | null;
  csat: number | null;
  handle_seconds: number | null;
  repeat_contact: boolean;
  previous_contact_key: string | null;
  metadata_json: string;
  import_id: string;
  imported_at: string;
}

export const transcriptKey = (source: string, externalId: string): string =>
  `${source}:${externalId}`;

const NAME_FIELDS = ['customer_name', 'name', 'requester_name', 'customerName', 'full_name'];

/** Values in metadata that personal data can hide in are redacted too; names found there are redacted everywhere. */
function redactMetadata(
  metadata: Record<string, unknown>,
  redaction: RedactionOptions,
): Record<string, unknown> {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string')
      return NAME_FIELDS.includes(key) ? '[NAME]' : redact(value, redaction);
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(metadata, '') as Record<string, unknown>;
}

const collectNames = (metadata: Record<string, unknown>): string[] => {
  const names: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string' && NAME_FIELDS.includes(key)) names.push(value);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(metadata, '');
  return names;
};

/** A canonical conversation as stored: redacted when asked, outcomes inferred, filter columns filled. */
export function toRow(
  t: TranscriptInput,
  source: string,
  importId: string,
  options: { redact: boolean; accountPatterns?: readonly string[] },
): TranscriptRow {
  const metadata = t.metadata ?? {};
  const names = collectNames(metadata);
  const redaction = { names, accountPatterns: options.accountPatterns };
  const clean = (text: string) => (options.redact ? redact(text, redaction) : text);
  const turns = t.turns.map((turn) => ({
    role: turn.role,
    text: clean(turn.text),
    at: turn.at ?? null,
  }));
  const escalation = inferEscalation(turns, t.outcome?.escalated, t.channel);
  let customerText = '';
  let customerTurns = 0;
  for (const turn of turns) {
    if (turn.role !== 'customer') continue;
    customerText = customerTurns === 0 ? turn.text : `${customerText}\n${turn.text}`;
    customerTurns += 1;
  }
  const startedMs = t.started_at
    ? Date.parse(t.started_at)
    : turns[0]?.at
      ? Date.parse(turns[0].at)
      : null;
  const lastAt = turns[turns.length - 1]?.at;
  const endedMs = t.ended_at ? Date.parse(t.ended_at) : lastAt ? Date.parse(lastAt) : null;
  // An id that is itself personal data (an email, a phone number, an account number) becomes a pseudonym.
  const customerId = t.customer_id
    ? options.redact && redact(t.customer_id, redaction) !== t.customer_id
      ? `cust-${hash(t.customer_id)}`
      : t.customer_id
    : null;
  return {
    key: transcriptKey(source, t.id),
    source,
    external_id: t.id,
    customer_id: customerId,
    channel: t.channel ?? null,
    language: t.language ?? detectLanguage(languageSample(turns)),
    started_at: startedMs !== null ? new Date(startedMs).toISOString() : null,
    started_ms: startedMs,
    ended_at: endedMs !== null ? new Date(endedMs).toISOString() : null,
    ended_ms: endedMs,
    turns_json: JSON.stringify(turns),
    customer_text: customerText,
    turn_count: turns.length,
    resolved: t.outcome?.resolved === true ? 1 : t.outcome?.resolved === false ? 0 : null,
    escalated: escalation.escalated,
    escalation_rule: escalation.rule,
    escalation_turn: escalation.turn,
    csat: t.outcome?.csat ?? null,
    handle_seconds:
      t.outcome?.handle_seconds ??
      (startedMs !== null && endedMs !== null ? Math.max(0, (endedMs - startedMs) / 1000) : null),
    repeat_contact: false,
    previous_contact_key: null,
    metadata_json: JSON.stringify(options.redact ? redactMetadata(metadata, redaction) : metadata),
    import_id: importId,
    imported_at: nowIso(),
  };
}

/** The turns joined by spaces, only as far as detectLanguage reads (4,000 units). */
function languageSample(turns: ReadonlyArray<{ text: string }>): string {
  let sample = '';
  for (let i = 0; i < turns.length && sample.length < 4000; i += 1)
    sample = i === 0 ? turns[i]!.text : `${sample} ${turns[i]!.text}`;
  return sample;
}

/** The current time as ISO text, formatted once per millisecond (toRow runs for every conversation). */
let lastNow = { ms: Number.NaN, iso: '' };
function nowIso(): string {
  const ms = Date.now();
  if (ms !== lastNow.ms) lastNow = { ms, iso: new Date(ms).toISOString() };
  return lastNow.iso;
}

/** A stable pseudonym, so a redacted customer id still links the same customer's contacts. */
const hash = (value: string): string =>
  createHash('sha256').update(value.toLowerCase()).digest('hex').slice(0, 16);
