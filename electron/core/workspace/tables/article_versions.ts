import { Field, Int32, Schema, Utf8 } from 'apache-arrow';
import type { TableDef } from '../table-def';

/** Every saved revision of every article; autosaves of one editing session share one row. */
export const articleVersionsTable: TableDef = {
  name: 'article_versions',
  version: 1,
  schema: new Schema([
    new Field('id', new Utf8(), false),
    new Field('article_id', new Utf8(), false),
    new Field('version', new Int32(), false),
    new Field('kind', new Utf8(), false),
    new Field('title', new Utf8(), false),
    new Field('content_json', new Utf8(), false),
    new Field('text', new Utf8(), false),
    new Field('saved_at', new Utf8(), false),
    new Field('saved_by', new Utf8(), false),
  ]),
};
