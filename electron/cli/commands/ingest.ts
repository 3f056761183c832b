import { GleanerError } from '../../../shared/errors';
import {
  IMPORT_FORMATS,
  importOptionsSchema,
  type ImportReport,
} from '../../../shared/domain/ingest';
import { importFiles } from '../../core/ingest/import';
import type { Command } from '../command';

export function parseMappings(values: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1)
      throw new GleanerError('E_VALIDATION', `--map takes field=column, got "${value}"`);
    mapping[value.slice(0, at).trim()] = value.slice(at + 1).trim();
  }
  return mapping;
}

function summary(report: ImportReport): string[] {
  const lines = [
    `read ${report.read} · imported ${report.imported} · duplicate ${report.duplicates} · rejected ${report.rejected}${report.cancelled ? ' · cancelled' : ''}`,
  ];
  for (const e of report.errors.slice(0, 20))
    lines.push(
      `  ${e.file}${e.line !== null ? `:${e.line}` : ''}${e.field ? ` [${e.field}]` : ''}: ${e.message}`,
    );
  if (report.errors.length > 20 || report.errorsTruncated)
    lines.push(`  … and more errors (see --json)`);
  return lines;
}

export const ingestCommand: Command = {
  path: ['ingest'],
  summary:
    'Import transcripts (JSONL, CSV, Twitter support threads, ABCD…); redacts personal data by default.',
  usage: `FILE... [--format auto|${IMPORT_FORMATS.join('|')}] [--map field=column ...] [--encoding auto|utf8|utf16le|utf16be|gb18030] [--source NAME] [--no-redact]`,
  options: {
    format: { type: 'string', default: 'auto' },
    map: { type: 'string', multiple: true },
    encoding: { type: 'string', default: 'auto' },
    source: { type: 'string' },
    'no-redact': { type: 'boolean', default: false },
  },
  help: [
    '--format F  the file format (default: detected)',
    '--map field=column  the CSV column holding a canonical field, e.g. --map id=ticket_id --map text=transcript',
    '--encoding E  the text encoding (default: detected; GB18030 for Chinese exports)',
    '--source NAME  the system the conversations come from (part of their key; default: the format)',
    '--no-redact  keep personal data (it is redacted by default)',
  ],
  positionals: true,
  async run(ctx, args) {
    if (args.positionals.length === 0)
      throw new GleanerError('E_VALIDATION', 'name at least one file to import');
    const options = importOptionsSchema.parse({
      files: args.positionals,
      format: args.values.format,
      encoding: args.values.encoding,
      mapping: parseMappings((args.values.map as string[] | undefined) ?? []),
      redact: args.values['no-redact'] === true ? false : undefined,
      source: args.values.source,
    });
    const ws = await ctx.workspace({ create: true });
    const report = await importFiles(ws, options, (done, total, phase) =>
      ctx.io.progress(phase, done, total),
    );
    for (const line of summary(report)) ctx.io.out(line);
    if (report.read === 0 && report.imported === 0) {
      throw new GleanerError(
        'E_PARSE',
        report.errors[0]
          ? `nothing could be read: ${report.errors[0].message}`
          : 'nothing could be read',
      );
    }
    return report;
  },
};
