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
import {
  existingKeys,
  indexTranscriptKeys,
  recomputeRepeatContacts,
  SCOPED_REPEATS_MAX_CUSTOMERS,
  storedKeyHashes,
  writeTranscriptRows,
} from '../transcripts/store';
import { toRow, transcriptKey, type TranscriptRow } from '../transcripts/row';
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

/** Rows between progress reports, cancel checks and duplicate confirmations. */
export const BATCH_SIZE = 2000;
/**
 * A write (one LanceDB fragment) holds up to this much text (about 2,500 conversations of the benchmark)
 * or this many conversations. LanceDB's writer needs many times a write in native memory: measured on
 * 1,000,000 turns, 2 MB writes peak at about 315 MB RSS, 4 MB at 345 MB, 16 MB at over 500 MB.
 */
export const WRITE_BYTES = 2 * 1024 * 1024;
export const WRITE_ROWS = 50_000;
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
 * Imports files into the workspace: streams each, writes conversations in batches of about 2 MB,
 * skips the ones already stored (re-importing adds nothing), collects per-row errors, and recomputes
 * repeat contacts at the end. A cancelled import writes the complete conversations it read and stops.
 *
 * Duplicates: the hashes of the stored keys are loaded once; a key whose hash is known is confirmed
 * against the table (by the key index) before it is counted as a duplicate, so a collision never drops a row.
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
  const accountPatterns = ws.settings().accountPatterns;
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

  // The key index is brought up to date here, while the process is small (on 2,000,000 keys it takes
  // about 90 MB of RSS), not after the import: this import's own rows are known by their hashes.
  if (resolved.length > 0) await indexTranscriptKeys(ws);
  let known = resolved.length > 0 ? await storedKeyHashes(ws) : null;
  /** Rows read but not written yet, and their keys (exact: a duplicate within the pending rows). */
  let pending: TranscriptRow[] = [];
  let pendingKeys = new Set<string>();
  let pendingBytes = 0;
  /** Conversations whose key hash is known: stored already, or a collision. */
  let candidates: Array<{ key: string; make: () => TranscriptRow }> = [];

  /**
   * One write runs in LanceDB's threads while the next batch is parsed; its keys stay in `writingKeys`
   * until the write after it starts (by then it is committed and the table answers for them).
   */
  let writing: Promise<void> | null = null;
  let writingKeys = new Set<string>();
  const settle = async () => {
    const done = writing;
    writing = null;
    await done;
  };
  const write = async () => {
    await settle();
    const rows = pending;
    writingKeys = pendingKeys;
    pending = [];
    pendingKeys = new Set();
    pendingBytes = 0;
    if (rows.length === 0) return;
    writing = writeTranscriptRows(ws, rows).then(() => {
      counts.imported += rows.length;
    });
    writing.catch(() => undefined); // awaited (and thrown) by the next settle
  };
  const isPending = (key: string) => pendingKeys.has(key) || writingKeys.has(key);
  /** The customers of the conversations this import adds: only their repeat contacts can change (null: too many to list). */
  let touched: Set<string> | null = new Set();
  const keep = async (row: TranscriptRow) => {
    if (touched && row.customer_id) {
      touched.add(row.customer_id);
      if (touched.size > SCOPED_REPEATS_MAX_CUSTOMERS) touched = null;
    }
    pending.push(row);
    pendingKeys.add(row.key);
    pendingBytes +=
      row.turns_json.length + row.customer_text.length + row.metadata_json.length + 256;
    if (pendingBytes >= WRITE_BYTES || pending.length >= WRITE_ROWS) await write();
  };
  const confirm = async () => {
    if (candidates.length === 0) return;
    const batch = candidates;
    candidates = [];
    const stored = await existingKeys(
      ws,
      batch.filter((c) => !isPending(c.key)).map((c) => c.key),
    );
    for (const c of batch) {
      if (stored.has(c.key) || isPending(c.key)) counts.duplicates += 1;
      else await keep(c.make());
    }
  };

  for (const file of resolved) {
    if (signal?.aborted) {
      cancelled = true;
      break;
    }
    files.push({ file: file.path, format: file.format, encoding: file.encoding });
    const source = options.source ?? file.format;
    const parser = PARSERS[file.format]!;
    const fileStart = doneBytes;
    let sinceReport = 0;
    for await (const item of parser({
      file: file.path,
      text: () => openText(file.path, file.encoding, (bytes) => (doneBytes = fileStart + bytes)),
      mapping: options.mapping,
    })) {
      if ('error' in item) {
        pushError(item.error);
      } else {
        counts.read += 1;
        const transcript = item.transcript;
        const make = () => toRow(transcript, source, importId, { redact: redactText, accountPatterns });
        const key = transcriptKey(source, transcript.id);
        if (isPending(key)) counts.duplicates += 1;
        else if (known!.add(key)) await keep(make());
        else candidates.push({ key, make });
      }
      sinceReport += 1;
      if (sinceReport >= BATCH_SIZE) {
        sinceReport = 0;
        await confirm();
        progress?.(doneBytes, totalBytes, `import:${counts.read + counts.rejected}`);
        if (signal?.aborted) {
          cancelled = true;
          break;
        }
      }
    }
    await confirm();
    if (cancelled) break;
    doneBytes = fileStart + file.size;
    progress?.(doneBytes, totalBytes, `import:${counts.read + counts.rejected}`);
  }
  await write();
  await settle();
  known = null; // 8 bytes a stored conversation: free before the repeat contacts take theirs
  counts.read += counts.rejected;
  progress?.(totalBytes, totalBytes, 'repeat-contacts');
  await recomputeRepeatContacts(ws, ws.settings().repeatWindowDays, touched ?? undefined);

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
