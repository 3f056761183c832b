import { Field, Int32, Schema, Utf8 } from 'apache-arrow';
import type { TableDef } from '../table-def';

/** One row per article: its metadata, the Lexical state as JSON and its plain text for search. */
export const articlesTable: TableDef = {
  name: 'articles',
  version: 1,
  schema: new Schema([
    new Field('id', new Utf8(), false),
    new Field('title', new Utf8(), false),
    new Field('slug', new Utf8(), false),
    new Field('tags_json', new Utf8(), false),
    new Field('category', new Utf8(), false),
    new Field('section', new Utf8(), false),
    new Field('owner', new Utf8(), false),
    new Field('language', new Utf8(), false),
    new Field('translation_of', new Utf8(), true),
    new Field('review_by', new Utf8(), false),
    new Field('source_topic_id', new Utf8(), true),
    new Field('state', new Utf8(), false),
    new Field('version', new Int32(), false),
    new Field('created_at', new Utf8(), false),
    new Field('updated_at', new Utf8(), false),
    new Field('updated_by', new Utf8(), false),
    new Field('content_json', new Utf8(), false),
    new Field('text', new Utf8(), false),
    new Field('word_count', new Int32(), false),
  ]),
};
