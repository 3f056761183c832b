import {
  REQUIRED_CSV_FIELDS,
  type ColumnMapping,
  type CsvField,
  type Encoding,
  type ImportFormat,
  type ImportPreview,
  type ImportReport,
} from '../../../../../shared/domain/ingest';

/** One file of an import, as the user set it up. */
export interface ImportFile {
  path: string;
  /** What the user chose; 'auto' keeps the detected one. */
  format: ImportFormat | 'auto';
  encoding: Encoding;
  /** Canonical field → column (CSV only). */
  mapping: ColumnMapping;
  preview?: ImportPreview;
  detecting: boolean;
  /** Why the file cannot be imported (unreadable, binary, empty…). */
  error?: string;
}

export const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

export const newImportFile = (path: string): ImportFile => ({
  path,
  format: 'auto',
  encoding: 'auto',
  mapping: {},
  detecting: true,
});

/** Required CSV fields that no column is chosen for. */
export function missingFields(file: ImportFile): CsvField[] {
  if (file.preview?.format !== 'csv') return [];
  return REQUIRED_CSV_FIELDS.filter((field) => !file.mapping[field]);
}

/** A file can be imported when it was read and, for a CSV, its required columns are chosen. */
export const isReady = (file: ImportFile): boolean =>
  !file.detecting && !file.error && file.preview !== undefined && missingFields(file).length === 0;

/** Only the columns this file has: a preset made for another export may name columns it lacks. */
export function applyPreset(mapping: ColumnMapping, columns: readonly string[]): ColumnMapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, column]) => columns.includes(column)));
}

/** The rows read so far, carried by the job's phase `import:<rows>`. */
export function rowsOf(phase: string): number | null {
  const match = /^import:(\d+)$/.exec(phase);
  return match ? Number(match[1]) : null;
}

/** Several files (one job each) shown as one report. */
export function combineReports(reports: readonly ImportReport[]): ImportReport | null {
  if (reports.length === 0) return null;
  if (reports.length === 1) return reports[0]!;
  const sum = (pick: (r: ImportReport) => number) => reports.reduce((n, r) => n + pick(r), 0);
  return {
    id: reports.map((r) => r.id).join('+'),
    startedAt: reports[0]!.startedAt,
    finishedAt: reports[reports.length - 1]!.finishedAt,
    files: reports.flatMap((r) => r.files),
    read: sum((r) => r.read),
    imported: sum((r) => r.imported),
    duplicates: sum((r) => r.duplicates),
    rejected: sum((r) => r.rejected),
    cancelled: reports.some((r) => r.cancelled),
    errors: reports.flatMap((r) => r.errors),
    errorsTruncated: reports.some((r) => r.errorsTruncated),
  };
}

/** The CSVs of several reports as one file: the header once. */
export function joinCsv(parts: readonly string[]): string {
  return parts
    .map((part, index) => (index === 0 ? part : part.slice(part.indexOf('\n') + 1)))
    .join('');
}
