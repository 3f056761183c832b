import { Field, Schema, Utf8 } from 'apache-arrow';
import type { TableDef } from '../table-def';

/** The people who work in a workspace: authors, reviewers, admins. */
export const peopleTable: TableDef = {
  name: 'people',
  version: 1,
  schema: new Schema([
    new Field('id', new Utf8(), false),
    new Field('name', new Utf8(), false),
    new Field('role', new Utf8(), false),
    new Field('created_at', new Utf8(), false),
  ]),
};
