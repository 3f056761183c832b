import type { ImportFormat } from '../../../../shared/domain/ingest';
import type { FormatParser } from '../types';
import { parseAbcd } from './abcd';
import { parseCsv } from './csv';
import { parseJsonl } from './jsonl';
import { parseTwcs } from './twcs';

/** The parser of each format the importer can read. */
export const PARSERS: Partial<Record<ImportFormat, FormatParser>> = {
  jsonl: parseJsonl,
  csv: parseCsv,
  twcs: parseTwcs,
  abcd: parseAbcd,
};
