import { parse } from 'csv-parse';
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
import type { FormatParser, ParsedItem } from '../types';

type Row = Record<string, string>;

interface Group {
  id: string;
  line: number;
  first: Row;
  turns: Turn[];
}

const REQUIRED_COLUMNS = ['id', 'text'] as const;

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

/**
 * Generic CSV, either one row per conversation (a transcript column) or one row per turn (a role
 * column; the rows of a conversation are contiguous). Columns are guessed from the header and the
 * user's mapping overrides them.
 */
export const parseCsv: FormatParser = async function* ({ file, text, mapping }) {
  const parser = text().pipe(
    parse({
      bom: true,
      columns: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: false,
      max_record_size: 8 * 1024 * 1024,
    }),
  );
  let m: ColumnMapping | null = null;
  let perTurn = false;
  let group: Group | null = null;

  const finish = (g: Group): ParsedItem => {
    const { fields, error } = conversationFields(g.first, m!, file, g.line);
    if (error) return { error };
    const result = toTranscript({ ...fields, id: g.id, turns: g.turns }, file, g.line);
    return 'error' in result ? result : { transcript: result.transcript, line: g.line };
  };

  try {
    for await (const item of parser as AsyncIterable<{ record: Row; info: { lines: number } }>) {
      const { record, info } = item;
      const line = info.lines;
      if (!m) {
        m = guessMapping(Object.keys(record), mapping);
        perTurn = Boolean(m.role);
        const missing = REQUIRED_COLUMNS.filter((field) => !m![field] || !(m![field]! in record));
        if (missing.length > 0) {
          yield {
            error: {
              file,
              line: 1,
              field: missing.join(', '),
              message: `no column for ${missing.join(' and ')}; map one with --map ${missing[0]}=COLUMN (columns: ${Object.keys(record).join(', ')})`,
            },
          };
          return;
        }
      }
      const id = (record[m.id!] ?? '').trim();
      if (!id) {
        yield { error: { file, line, field: m.id!, message: 'empty conversation id' } };
        continue;
      }
      const body = record[m.text!] ?? '';
      if (!perTurn) {
        const turns = splitTranscriptText(body);
        yield finish({ id, line, first: record, turns });
        continue;
      }
      const role = parseRole(record[m.role!] ?? '');
      if (!role) {
        yield {
          error: {
            file,
            line,
            field: m.role!,
            message: `unknown role "${(record[m.role!] ?? '').slice(0, 30)}" (customer, agent, bot or system)`,
          },
        };
        continue;
      }
      const at = m.at ? parseInstant(record[m.at] ?? '') : null;
      if (group && group.id !== id) {
        yield finish(group);
        group = null;
      }
      group ??= { id, line, first: record, turns: [] };
      group.turns.push({ role, text: body, at });
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
