import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { GleanerError } from '../../../shared/errors';
import type {
  FormatGuess,
  ImportFormat,
  ImportOptions,
  ImportReport,
  RowError,
} from '../../../shared/domain/ingest';
import { addTranscripts, recomputeRepeatContacts } from '../transcripts/store';
import { toRow, type TranscriptRow } from '../transcripts/row';
import type { Workspace } from '../workspace/workspace';
import { detectFormat } from './detect';
import {
  detectEncoding,
  looksBinary,
  openText,
  readSample,
  type ConcreteEncoding,
} from './encoding';
import { PARSERS } from './formats';

export const BATCH_SIZE = 2000;
const MAX_LISTED_ERRORS = 1000;

export type ImportProgress = (done: number, total: number, phase: string) => void;

export interface ResolvedFile {
  path: string;
  format: ImportFormat;
  encoding: ConcreteEncoding;
  size: number;
  /** Formats the detector considered, most likely first (empty when the format was chosen). */
  candidates: FormatGuess[];
  confidence: number;
}

export async function resolveFile(
  path: string,
  options: Pick<ImportOptions, 'format' | 'encoding'>,
): Promise<ResolvedFile> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new GleanerError('E_NOT_FOUND', `${path}: no such file`);
  if (info.size === 0) throw new GleanerError('E_PARSE', `${path}: the file is empty`);
  const sample = await readSample(path);
  const encoding = options.encoding === 'auto' ? detectEncoding(sample) : options.encoding;
  if (looksBinary(sample, encoding))
    throw new GleanerError('E_PARSE', `${path}: this is a binary file, not a text export`);
  const head = new TextDecoder(
    encoding === 'gb18030'
      ? 'gb18030'
      : encoding === 'utf16le'
        ? 'utf-16le'
        : encoding === 'utf16be'
          ? 'utf-16be'
          : 'utf-8',
  ).decode(sample);
  const candidates = detectFormat(basename(path), head);
  let format = options.format;
  let confidence = 1;
  if (format === 'auto') {
    const best = candidates[0];
    if (!best)
      throw new GleanerError(
        'E_PARSE',
        `${path}: the format could not be recognised; choose one with --format`,
      );
    format = best.format;
    confidence = best.confidence;
  }
  if (!PARSERS[format])
    throw new GleanerError('E_VALIDATION', `${path}: the ${format} format is not supported yet`);
  return { path, format, encoding, size: info.size, candidates, confidence };
}

/**
 * Imports files into the workspace: streams each, writes conversations in batches of a few thousand,
 * skips the ones already stored (re-importing adds nothing), collects per-row errors, and recomputes
 * repeat contacts at the end. A cancelled import keeps the complete batches it wrote.
 */
export async function importFiles(
  ws: Workspace,
  options: ImportOptions,
  progress?: ImportProgress,
  signal?: AbortSignal,
): Promise<ImportReport> {
  const startedAt = new Date().toISOString();
  const importId = randomUUID();
  const redactText = options.redact ?? ws.settings().redactOnImport;
  const errors: RowError[] = [];
  let errorCount = 0;
  const counts = { read: 0, imported: 0, duplicates: 0, rejected: 0 };
  const files: ImportReport['files'] = [];
  const resolved: ResolvedFile[] = [];
  for (const path of options.files) {
    try {
      resolved.push(await resolveFile(path, options));
    } catch (error) {
      errorCount += 1;
      errors.push({
        file: path,
        line: null,
        field: null,
        message: (error as Error).message.replace(`${path}: `, ''),
      });
    }
  }
  const totalBytes = resolved.reduce((sum, f) => sum + f.size, 0);
  let doneBytes = 0;
  let cancelled = false;
  const pushError = (error: RowError) => {
    errorCount += 1;
    counts.rejected += 1;
    if (errors.length < MAX_LISTED_ERRORS) errors.push(error);
  };

  for (const file of resolved) {
    if (signal?.aborted) {
      cancelled = true;
      break;
    }
    files.push({ file: file.path, format: file.format, encoding: file.encoding });
    const source = options.source ?? file.format;
    let batch: TranscriptRow[] = [];
    const flush = async () => {
      const added = await addTranscripts(ws, batch);
      counts.imported += added;
      counts.duplicates += batch.length - added;
      batch = [];
    };
    const parser = PARSERS[file.format]!;
    const fileStart = doneBytes;
    for await (const item of parser({
      file: file.path,
      text: () => openText(file.path, file.encoding, (bytes) => (doneBytes = fileStart + bytes)),
      mapping: options.mapping,
    })) {
      if ('error' in item) {
        pushError(item.error);
        continue;
      }
      counts.read += 1;
      batch.push(toRow(item.transcript, source, importId, { redact: redactText }));
      if (batch.length >= BATCH_SIZE) {
        await flush();
        progress?.(doneBytes, totalBytes, `import:${counts.read + counts.rejected}`);
        if (signal?.aborted) {
          cancelled = true;
          break;
        }
      }
    }
    if (cancelled) break;
    await flush();
    doneBytes = fileStart + file.size;
    progress?.(doneBytes, totalBytes, `import:${counts.read + counts.rejected}`);
  }
  counts.read += counts.rejected;
  progress?.(totalBytes, totalBytes, 'repeat-contacts');
  await recomputeRepeatContacts(ws, ws.settings().repeatWindowDays);

  const report: ImportReport = {
    id: importId,
    startedAt,
    finishedAt: new Date().toISOString(),
    files,
    ...counts,
    cancelled,
    errors,
    errorsTruncated: errorCount > errors.length,
  };
  await (
    await ws.table('import_reports')
  ).add([{ id: report.id, started_at: startedAt, json: JSON.stringify(report) }]);
  return report;
}

/** The errors of a report as CSV (file, line, field, message), safe to open in a spreadsheet. */
export function reportErrorsCsv(report: ImportReport): string {
  const cell = (value: string) =>
    /[",\n\r]|^[=+\-@]/.test(value)
      ? `"${value.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"`
      : value;
  return (
    [
      'file,line,field,message',
      ...report.errors.map((e) =>
        [e.file, e.line === null ? '' : String(e.line), e.field ?? '', e.message]
          .map(cell)
          .join(','),
      ),
    ].join('\n') + '\n'
  );
}
