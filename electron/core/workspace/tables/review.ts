import { Bool, Field, Int32, Schema, Utf8 } from 'apache-arrow';
import type { TableDef } from '../table-def';

export const reviewCommentsTable: TableDef = {
  name: 'review_comments',
  version: 1,
  schema: new Schema([
    new Field('id', new Utf8(), false),
    new Field('article_id', new Utf8(), false),
    new Field('thread_id', new Utf8(), false),
    new Field('anchor_id', new Utf8(), true),
    new Field('quote', new Utf8(), false),
    new Field('author_id', new Utf8(), false),
    new Field('author_name', new Utf8(), false),
    new Field('body', new Utf8(), false),
    new Field('created_at', new Utf8(), false),
    new Field('resolved', new Bool(), false),
  ]),
};

export const reviewDecisionsTable: TableDef = {
  name: 'review_decisions',
  version: 1,
  schema: new Schema([
    new Field('id', new Utf8(), false),
    new Field('article_id', new Utf8(), false),
    new Field('article_version', new Int32(), false),
    new Field('reviewer_id', new Utf8(), false),
    new Field('reviewer_name', new Utf8(), false),
    new Field('decision', new Utf8(), false),
    new Field('reason', new Utf8(), false),
    new Field('checklist_json', new Utf8(), false),
    new Field('at', new Utf8(), false),
  ]),
};
