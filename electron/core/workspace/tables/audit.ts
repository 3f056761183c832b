import { Field, Int64, Schema, Utf8 } from 'apache-arrow';
import type { TableDef } from '../table-def';

/** Append-only record of state changes, approvals, comments and exports, chained by hashes. */
export const auditTable: TableDef = {
  name: 'audit_log',
  version: 1,
  schema: new Schema([
    new Field('seq', new Int64(), false),
    new Field('at', new Utf8(), false),
    new Field('actor_id', new Utf8(), false),
    new Field('actor_name', new Utf8(), false),
    new Field('action', new Utf8(), false),
    new Field('subject_kind', new Utf8(), false),
    new Field('subject_id', new Utf8(), false),
    new Field('details_json', new Utf8(), false),
    new Field('prev_hash', new Utf8(), false),
    new Field('hash', new Utf8(), false),
  ]),
};
