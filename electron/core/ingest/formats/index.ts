import type { ImportFormat } from '../../../../shared/domain/ingest';
import type { FormatParser } from '../types';
import { parseAbcd } from './abcd';
import { parseConnect } from './connect';
import { parseCsv } from './csv';
import { parseIntercom } from './intercom';
import { parseJsonl } from './jsonl';
import { parseTwcs } from './twcs';
import { parseZendesk } from './zendesk';

/** The parser of each format the importer can read. */
export const PARSERS: Record<ImportFormat, FormatParser> = {
  jsonl: parseJsonl,
  csv: parseCsv,
  twcs: parseTwcs,
  abcd: parseAbcd,
  zendesk: parseZendesk,
  intercom: parseIntercom,
  connect: parseConnect,
};
