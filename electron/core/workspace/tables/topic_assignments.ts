import { Field, Float64, Schema, Utf8 } from 'apache-arrow';
import type { TableDef } from '../table-def';

/** The topic of every conversation ('outliers' for the outlier bucket). */
export const topicAssignmentsTable: TableDef = {
  name: 'topic_assignments',
  version: 1,
  schema: new Schema([new Field('transcript_key', new Utf8(), false), new Field('topic_id', new Utf8(), false), new Field('similarity', new Float64(), false)]),
};
