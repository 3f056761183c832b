import { Field, Schema, Utf8 } from 'apache-arrow';
import type { TableDef } from '../table-def';

/** Which external id and content hash each article has at each export destination. */
export const exportMappingsTable: TableDef = {
  name: 'export_mappings',
  version: 1,
  schema: new Schema([
    new Field('key', new Utf8(), false),
    new Field('target', new Utf8(), false),
    new Field('destination', new Utf8(), false),
    new Field('article_id', new Utf8(), false),
    new Field('external_id', new Utf8(), false),
    new Field('hash', new Utf8(), false),
    new Field('exported_at', new Utf8(), false),
  ]),
};

/** The report of every export run, newest last. */
export const exportHistoryTable: TableDef = {
  name: 'exports',
  version: 1,
  schema: new Schema([
    new Field('id', new Utf8(), false),
    new Field('target', new Utf8(), false),
    new Field('started_at', new Utf8(), false),
    new Field('json', new Utf8(), false),
  ]),
};
