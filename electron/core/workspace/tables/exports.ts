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

/**
 * A create sent to a help center whose external id is not recorded yet: written before the request, removed once
 * the mapping holds the id. One left behind means the run stopped in between, so the next run looks the article up
 * (by the title it was sent with) before creating it again.
 */
export const exportIntentsTable: TableDef = {
  name: 'export_intents',
  version: 1,
  schema: new Schema([
    new Field('key', new Utf8(), false),
    new Field('title', new Utf8(), false),
    new Field('started_at', new Utf8(), false),
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
