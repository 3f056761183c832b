import { Field, Int64, Schema, Utf8 } from 'apache-arrow';
import type { TableDef } from '../table-def';

/** Who reviews an article: one row per submission; the newest row of an article is its assignment. */
export const reviewAssignmentsTable: TableDef = {
  name: 'review_assignments',
  version: 1,
  schema: new Schema([
    new Field('article_id', new Utf8(), false),
    new Field('reviewer_id', new Utf8(), false),
    new Field('reviewer_name', new Utf8(), false),
    new Field('assigned_by_id', new Utf8(), false),
    new Field('assigned_by_name', new Utf8(), false),
    new Field('assigned_at', new Utf8(), false),
    new Field('due', new Utf8(), false),
  ]),
};

/** How far each person has read their notifications (the audit log's sequence number). */
export const reviewReadsTable: TableDef = {
  name: 'review_reads',
  version: 1,
  schema: new Schema([new Field('person_id', new Utf8(), false), new Field('seen_seq', new Int64(), false)]),
};
