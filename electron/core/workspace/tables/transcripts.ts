import { Bool, Field, Float64, Int32, Int8, Schema, Utf8 } from 'apache-arrow';
import type { TableDef } from '../table-def';

/** One row per conversation: turns as JSON, the columns that filters, topics and friction read. */
export const transcriptsTable: TableDef = {
  name: 'transcripts',
  version: 1,
  schema: new Schema([
    new Field('key', new Utf8(), false),
    new Field('source', new Utf8(), false),
    new Field('external_id', new Utf8(), false),
    new Field('customer_id', new Utf8(), true),
    new Field('channel', new Utf8(), true),
    new Field('language', new Utf8(), false),
    new Field('started_at', new Utf8(), true),
    new Field('started_ms', new Float64(), true),
    new Field('ended_at', new Utf8(), true),
    new Field('ended_ms', new Float64(), true),
    new Field('turns_json', new Utf8(), false),
    new Field('customer_text', new Utf8(), false),
    new Field('turn_count', new Int32(), false),
    // 1, 0 or null (unknown); a nullable Bool column that is all null in a batch fails to write in LanceDB 0.31.
    new Field('resolved', new Int8(), true),
    new Field('escalated', new Bool(), false),
    new Field('escalation_rule', new Utf8(), true),
    new Field('escalation_turn', new Int32(), true),
    new Field('csat', new Float64(), true),
    new Field('handle_seconds', new Float64(), true),
    new Field('repeat_contact', new Bool(), false),
    new Field('previous_contact_key', new Utf8(), true),
    new Field('metadata_json', new Utf8(), false),
    new Field('import_id', new Utf8(), false),
    new Field('imported_at', new Utf8(), false),
  ]),
};

/** The report of every import, newest last. */
export const importReportsTable: TableDef = {
  name: 'import_reports',
  version: 1,
  schema: new Schema([
    new Field('id', new Utf8(), false),
    new Field('started_at', new Utf8(), false),
    new Field('json', new Utf8(), false),
  ]),
};

/** Saved CSV column mappings, by name. */
export const importPresetsTable: TableDef = {
  name: 'import_presets',
  version: 1,
  schema: new Schema([
    new Field('name', new Utf8(), false),
    new Field('json', new Utf8(), false),
    new Field('updated_at', new Utf8(), false),
  ]),
};
