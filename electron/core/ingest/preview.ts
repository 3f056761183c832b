import { parse } from 'csv-parse';
import type {
  ColumnMapping,
  ImportFormat,
  ImportPreview,
  RowError,
} from '../../../shared/domain/ingest';
import type { Encoding } from '../../../shared/domain/ingest';
import { guessMapping } from './columns';
import { openText } from './encoding';
import { PARSERS } from './formats';
import { resolveFile } from './import';

const PREVIEW_ROWS = 10;

async function csvHead(
  path: string,
  encoding: Parameters<typeof openText>[1],
): Promise<{ columns: string[]; rows: Array<Record<string, string>>; errors: RowError[] }> {
  const stream = openText(path, encoding);
  const parser = stream.pipe(
    parse({
      bom: true,
      columns: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: 8 * 1024 * 1024,
    }),
  );
  const rows: Array<Record<string, string>> = [];
  const errors: RowError[] = [];
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      rows.push(
        Object.fromEntries(Object.entries(record).map(([k, v]) => [k, String(v).slice(0, 500)])),
      );
      if (rows.length >= PREVIEW_ROWS) break;
    }
  } catch (error) {
    // Broken CSV (a stray quote, say) is shown as a row error, as the import itself reports it.
    errors.push({
      file: path,
      line: (error as { lines?: number }).lines ?? null,
      field: null,
      message: `CSV could not be parsed further: ${(error as Error).message}`,
    });
  } finally {
    stream.destroy();
  }
  return { columns: rows[0] ? Object.keys(rows[0]) : [], rows, errors };
}

/**
 * What an import of this file would read, without writing anything: the detected (or chosen) format and
 * encoding with the other candidates, the CSV header with the guessed mapping, and the first rows.
 */
export async function previewFile(
  path: string,
  options: { format?: ImportFormat | 'auto'; encoding?: Encoding; mapping?: ColumnMapping } = {},
): Promise<ImportPreview> {
  const file = await resolveFile(path, {
    format: options.format ?? 'auto',
    encoding: options.encoding ?? 'auto',
  });
  const base = {
    file: path,
    format: file.format,
    confidence: file.confidence,
    candidates: file.candidates,
    encoding: file.encoding,
  };
  if (file.format === 'csv') {
    const { columns, rows, errors } = await csvHead(path, file.encoding);
    return {
      ...base,
      columns,
      rows,
      mapping: guessMapping(columns, options.mapping ?? {}),
      errors,
    };
  }
  const rows: Array<Record<string, string>> = [];
  const errors: RowError[] = [];
  const parser = PARSERS[file.format]!;
  for await (const item of parser({
    file: path,
    text: () => openText(path, file.encoding),
    mapping: options.mapping ?? {},
  })) {
    if ('error' in item) errors.push(item.error);
    else {
      const t = item.transcript;
      rows.push({
        id: t.id,
        customer_id: t.customer_id ?? '',
        channel: t.channel ?? '',
        started_at: t.started_at ?? '',
        turns: String(t.turns.length),
        first_turn: (t.turns[0]?.text ?? '').slice(0, 200),
      });
    }
    if (rows.length + errors.length >= PREVIEW_ROWS) break;
  }
  return { ...base, columns: [], rows, mapping: {}, errors };
}
