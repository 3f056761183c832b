import type { ColumnMapping, RowError } from '../../../../shared/domain/ingest';
import type { Turn, TranscriptInput } from '../../../../shared/domain/transcript';
import { toTranscript } from '../canonical';
import {
  guessMapping,
  parseBoolean,
  parseInstant,
  parseRole,
  splitTranscriptText,
} from '../columns';
import { readCsvRecords } from '../csv-records';
import type { FormatParser, ParsedItem } from '../types';

type Row = Record<string, string>;

interface Group {
  id: string;
  line: number;
  first: Row;
  turns: Turn[];
}

const REQUIRED_COLUMNS = ['id', 'text'] as const;
const MAX_RECORD_BYTES = 8 * 1024 * 1024;

function conversationFields(
  row: Row,
  m: ColumnMapping,
  file: string,
  line: number,
): { fields: Partial<TranscriptInput>; error?: RowError } {
  const value = (field: string) => (m[field] ? (row[m[field]!] ?? '').trim() : '');
  const fields: Record<string, unknown> = {};
  for (const key of ['customer_id', 'channel', 'language'] as const)
    if (value(key)) fields[key] = value(key);
  for (const key of ['started_at', 'ended_at'] as const) {
    if (!value(key)) continue;
    const instant = parseInstant(value(key));
    if (!instant)
      return {
        fields,
        error: {
          file,
          line,
          field: m[key]!,
          message: `"${value(key).slice(0, 40)}" is not a date`,
        },
      };
    fields[key] = instant;
  }
  const outcome: Record<string, unknown> = {};
  for (const key of ['resolved', 'escalated'] as const)
    if (value(key)) outcome[key] = parseBoolean(value(key));
  if (value('csat')) {
    const csat = Number(value('csat'));
    if (!Number.isFinite(csat) || csat < 1 || csat > 5)
      return {
        fields,
        error: {
          file,
          line,
          field: m.csat!,
          message: `CSAT "${value('csat')}" is not a number from 1 to 5`,
        },
      };
    outcome.csat = csat;
  }
  if (value('handle_seconds')) {
    const seconds = Number(value('handle_seconds'));
    if (Number.isFinite(seconds) && seconds >= 0) outcome.handle_seconds = seconds;
  }
  if (Object.keys(outcome).length > 0) fields.outcome = outcome;
  const mapped = new Set(Object.values(m));
  const metadata = Object.fromEntries(
    Object.entries(row).filter(([column, v]) => !mapped.has(column) && v !== ''),
  );
  if (Object.keys(metadata).length > 0) fields.metadata = metadata;
  return { fields: fields as Partial<TranscriptInput> };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ROLES = new Set(['customer', 'agent', 'bot', 'system']);
/** An instant as toISOString writes it, of a real date (what parseInstant returns). */
function isInstant(v: unknown): boolean {
  if (typeof v !== 'string' || !ISO_INSTANT.test(v)) return false;
  const ms = Date.parse(v);
  return !Number.isNaN(ms) && new Date(ms).toISOString() === v;
}

/**
 * The transcript toTranscript would return, built without the schema when the conversation is plainly
 * valid: ids and strings within their lengths, instants as parseInstant writes them (toISOString of a
 * real date), no outcome and no metadata to copy. Anything else (null) goes through the schema.
 */
export function plainTranscript(
  fields: Partial<TranscriptInput>,
  id: string,
  turns: readonly Turn[],
): TranscriptInput | null {
  if (fields.outcome !== undefined || fields.metadata !== undefined) return null;
  if (id.length < 1 || id.length > 256 || turns.length === 0) return null;
  const { customer_id, channel, language, started_at, ended_at } = fields;
  if (customer_id !== undefined && (typeof customer_id !== 'string' || customer_id.length > 256))
    return null;
  if (
    channel !== undefined &&
    (typeof channel !== 'string' || channel.length < 1 || channel.length > 40)
  )
    return null;
  if (language !== undefined && (typeof language !== 'string' || language.length > 20)) return null;
  if (started_at !== undefined && !isInstant(started_at)) return null;
  if (ended_at !== undefined && !isInstant(ended_at)) return null;
  const copied: Turn[] = new Array<Turn>(turns.length);
  for (let i = 0; i < turns.length; i += 1) {
    const t = turns[i]!;
    if (!ROLES.has(t.role) || typeof t.text !== 'string' || (t.at !== null && !isInstant(t.at)))
      return null;
    copied[i] = { role: t.role, text: t.text, at: t.at };
  }
  // The schema's key order, and only the keys given (as its parse returns them).
  const transcript: Record<string, unknown> = { id };
  if (customer_id !== undefined) transcript.customer_id = customer_id;
  if (channel !== undefined) transcript.channel = channel;
  if (language !== undefined) transcript.language = language;
  if (started_at !== undefined) transcript.started_at = started_at;
  if (ended_at !== undefined) transcript.ended_at = ended_at;
  transcript.turns = copied;
  transcript.metadata = {};
  return transcript as TranscriptInput;
}

/**
 * A record's value by column name as csv-parse's `columns: true` object holds it: of duplicate names
 * the last one the record reaches; undefined past the record's end.
 */
function columnReader(
  header: readonly string[],
): (fields: readonly string[], name: string) => string | undefined {
  const positions = new Map<string, number[]>();
  header.forEach((name, i) => {
    const list = positions.get(name);
    if (list) list.unshift(i);
    else positions.set(name, [i]);
  });
  return (fields, name) => {
    const list = positions.get(name);
    if (!list) return undefined;
    for (const i of list) if (i < fields.length) return fields[i];
    return undefined;
  };
}

/** The record as csv-parse's `columns: true` object (built only for a conversation's first row). */
function recordObject(header: readonly string[], fields: readonly string[]): Row {
  const row: Row = {};
  for (let i = 0; i < fields.length && i < header.length; i += 1)
    Object.defineProperty(row, header[i]!, {
      value: fields[i],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return row;
}

/**
 * Generic CSV, either one row per conversation (a transcript column) or one row per turn (a role
 * column; the rows of a conversation are contiguous). Columns are guessed from the header and the
 * user's mapping overrides them. Records come from readCsvRecords (csv-parse's dialect and errors).
 */
export const parseCsv: FormatParser = async function* ({ file, text, mapping }) {
  let header: string[] | null = null;
  let get: ((fields: readonly string[], name: string) => string | undefined) | null = null;
  let m: ColumnMapping | null = null;
  let perTurn = false;
  let group: Group | null = null;
  /** The role column's last value and its parse: per-turn exports repeat a few values. */
  let lastRole = '';
  let lastParsedRole: ReturnType<typeof parseRole> = null;

  const finish = (g: Group): ParsedItem => {
    const { fields, error } = conversationFields(g.first, m!, file, g.line);
    if (error) return { error };
    const plain = plainTranscript(fields, g.id, g.turns);
    if (plain) return { transcript: plain, line: g.line };
    const result = toTranscript({ ...fields, id: g.id, turns: g.turns }, file, g.line);
    return 'error' in result ? result : { transcript: result.transcript, line: g.line };
  };

  try {
    for await (const batch of readCsvRecords(text(), MAX_RECORD_BYTES)) {
      for (const { fields, line } of batch) {
        if (!header) {
          header = fields;
          get = columnReader(header);
          continue;
        }
        if (!m) {
          const first = recordObject(header, fields);
          m = guessMapping(Object.keys(first), mapping);
          perTurn = Boolean(m.role);
          const missing = REQUIRED_COLUMNS.filter((field) => !m![field] || !(m![field]! in first));
          if (missing.length > 0) {
            yield {
              error: {
                file,
                line: 1,
                field: missing.join(', '),
                message: `no column for ${missing.join(' and ')}; map one with --map ${missing[0]}=COLUMN (columns: ${Object.keys(first).join(', ')})`,
              },
            };
            return;
          }
        }
        const id = (get!(fields, m.id!) ?? '').trim();
        if (!id) {
          yield { error: { file, line, field: m.id!, message: 'empty conversation id' } };
          continue;
        }
        const body = get!(fields, m.text!) ?? '';
        if (!perTurn) {
          const turns = splitTranscriptText(body);
          yield finish({ id, line, first: recordObject(header, fields), turns });
          continue;
        }
        const roleText = get!(fields, m.role!) ?? '';
        if (roleText !== lastRole || lastParsedRole === null) {
          lastRole = roleText;
          lastParsedRole = parseRole(roleText);
        }
        const role = lastParsedRole;
        if (!role) {
          yield {
            error: {
              file,
              line,
              field: m.role!,
              message: `unknown role "${roleText.slice(0, 30)}" (customer, agent, bot or system)`,
            },
          };
          continue;
        }
        const at = m.at ? parseInstant(get!(fields, m.at) ?? '') : null;
        if (group && group.id !== id) {
          yield finish(group);
          group = null;
        }
        group ??= { id, line, first: recordObject(header, fields), turns: [] };
        group.turns.push({ role, text: body, at });
      }
    }
    if (group) yield finish(group);
  } catch (error) {
    yield {
      error: {
        file,
        line: (error as { lines?: number }).lines ?? null,
        field: null,
        message: `CSV could not be parsed further: ${(error as Error).message}`,
      },
    };
  }
};
