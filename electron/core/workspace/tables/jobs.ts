import { Field, Schema, Utf8 } from 'apache-arrow';
import type { TableDef } from '../table-def';

/** Finished jobs, so that the Jobs panel outlives a restart. */
export const jobsTable: TableDef = {
  name: 'jobs',
  version: 1,
  schema: new Schema([
    new Field('id', new Utf8(), false),
    new Field('kind', new Utf8(), false),
    new Field('state', new Utf8(), false),
    new Field('started_at', new Utf8(), false),
    new Field('json', new Utf8(), false),
  ]),
};
