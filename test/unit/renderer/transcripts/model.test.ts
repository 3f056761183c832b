import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport } from '../../../../shared/domain/ingest';
import { EMPTY_FILTERS, isFiltered, toTranscriptFilter } from '../../../../renderer/src/features/transcripts/filters';
import {
  applyPreset,
  combineReports,
  isReady,
  joinCsv,
  missingFields,
  newImportFile,
  rowsOf,
} from '../../../../renderer/src/features/transcripts/import/model';

const preview = (format: ImportPreview['format'], columns: string[] = []): ImportPreview => ({
  file: '/x.csv',
  format,
  confidence: 0.9,
  candidates: [],
  encoding: 'utf8',
  columns,
  mapping: {},
  rows: [],
  errors: [],
});

const report = (id: string, extra: Partial<ImportReport> = {}): ImportReport => ({
  id,
  startedAt: `2026-11-24T10:00:0${id}Z`,
  finishedAt: `2026-11-24T10:01:0${id}Z`,
  files: [{ file: `/f${id}.csv`, format: 'csv', encoding: 'utf8' }],
  read: 10,
  imported: 8,
  duplicates: 1,
  rejected: 1,
  cancelled: false,
  errors: [{ file: `/f${id}.csv`, line: 3, field: 'created', message: 'not a date' }],
  errorsTruncated: false,
  ...extra,
});

describe('transcript filters', () => {
  it('turns the filter bar into the backend filter, the end day included', () => {
    expect(toTranscriptFilter(EMPTY_FILTERS)).toEqual({});
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTERS, query: '   ' })).toBe(false);
    const filter = toTranscriptFilter({
      ...EMPTY_FILTERS,
      query: ' 退款 ',
      fromDay: '2026-11-01',
      toDay: '2026-11-03',
      language: 'zh-CN',
      outcome: 'escalated',
      topicId: 't4',
    });
    expect(filter).toMatchObject({ query: '退款', language: 'zh-CN', outcome: 'escalated', topicId: 't4' });
    expect(new Date(filter.from!).getDate()).toBe(1);
    expect(new Date(filter.to!).getDate()).toBe(4);
    expect(Date.parse(filter.to!) - Date.parse(filter.from!)).toBeGreaterThanOrEqual(3 * 24 * 3600e3 - 3600e3);
  });
});

describe('the import model', () => {
  it('asks for the required CSV columns only', () => {
    const csv = { ...newImportFile('/a.csv'), detecting: false, preview: preview('csv', ['a', 'b']) };
    expect(missingFields(csv)).toEqual(['id', 'text']);
    expect(isReady(csv)).toBe(false);
    expect(isReady({ ...csv, mapping: { id: 'a', text: 'b' } })).toBe(true);
    const jsonl = { ...newImportFile('/a.jsonl'), detecting: false, preview: preview('jsonl') };
    expect(missingFields(jsonl)).toEqual([]);
    expect(isReady(jsonl)).toBe(true);
    expect(isReady({ ...jsonl, error: 'binary' })).toBe(false);
    expect(isReady(newImportFile('/b.csv'))).toBe(false);
  });

  it('applies a preset only for the columns this file has', () => {
    expect(applyPreset({ id: 'ticket', text: 'body', customer_id: 'mail' }, ['ticket', 'body'])).toEqual({
      id: 'ticket',
      text: 'body',
    });
  });

  it('reads the rows from the job phase', () => {
    expect(rowsOf('import:12000')).toBe(12000);
    expect(rowsOf('repeat-contacts')).toBeNull();
  });

  it('shows several files as one report, and their CSVs as one file', () => {
    expect(combineReports([])).toBeNull();
    const one = report('1');
    expect(combineReports([one])).toBe(one);
    const both = combineReports([one, report('2', { cancelled: true })])!;
    expect(both).toMatchObject({ read: 20, imported: 16, duplicates: 2, rejected: 2, cancelled: true });
    expect(both.errors).toHaveLength(2);
    expect(both.files.map((f) => f.file)).toEqual(['/f1.csv', '/f2.csv']);
    expect(joinCsv(['file,line\na,1\n', 'file,line\nb,2\n'])).toBe('file,line\na,1\nb,2\n');
  });
});
