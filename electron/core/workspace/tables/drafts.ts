import { Bool, Field, Float64, Int32, Schema, Utf8 } from 'apache-arrow';
import type { TableDef } from '../table-def';

/** AI drafts waiting in the inbox: the columns the inbox sorts on, and the whole draft as JSON. */
export const draftsTable: TableDef = {
  name: 'drafts',
  version: 1,
  schema: new Schema([
    new Field('id', new Utf8(), false),
    new Field('topic_id', new Utf8(), false),
    new Field('topic_label', new Utf8(), false),
    new Field('title', new Utf8(), false),
    new Field('language', new Utf8(), false),
    /** The topic's friction score when drafted (avoidable contacts per week). */
    new Field('friction', new Float64(), false),
    new Field('source_count', new Int32(), false),
    new Field('confidence', new Float64(), false),
    new Field('has_update', new Bool(), false),
    new Field('created_at', new Utf8(), false),
    new Field('json', new Utf8(), false),
  ]),
};
