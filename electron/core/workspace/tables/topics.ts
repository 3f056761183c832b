import { Field, Float64, Int32, Schema, Utf8, Bool } from 'apache-arrow';
import type { TableDef } from '../table-def';

/** The topics of the latest discovery, with the user's edits applied. */
export const topicsTable: TableDef = {
  name: 'topics',
  version: 1,
  schema: new Schema([
    new Field('id', new Utf8(), false),
    /** Discovered label (top terms). */
    new Field('auto_label', new Utf8(), false),
    /** The user's name for it, if renamed. */
    new Field('custom_label', new Utf8(), true),
    new Field('terms_json', new Utf8(), false),
    new Field('size', new Int32(), false),
    new Field('hidden', new Bool(), false),
    new Field('representative_key', new Utf8(), true),
    new Field('representative_text', new Utf8(), false),
    /** Unit centroid as a JSON array: its width follows the embedder, so not a fixed-size column. */
    new Field('centroid_json', new Utf8(), false),
    /** Lowest member similarity: new conversations below it go to the outliers. */
    new Field('floor', new Float64(), false),
    new Field('position', new Int32(), false),
    /** The best-matching knowledge-base article and its cosine similarity to the topic's centroid. */
    new Field('article_id', new Utf8(), true),
    new Field('article_title', new Utf8(), true),
    new Field('article_similarity', new Float64(), true),
  ]),
};

/** The user's topic edits (rename, merge, split, hide), re-applied after every discovery. */
export const topicEditsTable: TableDef = {
  name: 'topic_edits',
  version: 1,
  schema: new Schema([new Field('id', new Utf8(), false), new Field('at', new Utf8(), false), new Field('json', new Utf8(), false)]),
};

/** One row per discovery run (the latest one describes the current topics). */
export const topicRunsTable: TableDef = {
  name: 'topic_runs',
  version: 1,
  schema: new Schema([new Field('run_at', new Utf8(), false), new Field('json', new Utf8(), false)]),
};
