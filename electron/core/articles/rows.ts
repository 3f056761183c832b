import {
  articleSchema,
  articleVersionSchema,
  countWords,
  lexicalStateSchema,
  type Article,
  type ArticleVersion,
  type LexicalState,
} from '../../../shared/domain/article';
import { kcsStateOf, lifecycleStateSchema } from '../../../shared/domain/lifecycle';
import { z } from 'zod';

export interface ArticleRow {
  id: string;
  title: string;
  slug: string;
  tags_json: string;
  category: string;
  section: string;
  owner: string;
  language: string;
  translation_of: string | null;
  review_by: string;
  source_topic_id: string | null;
  state: string;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
  content_json: string;
  text: string;
  word_count: number;
}

export interface VersionRow {
  id: string;
  article_id: string;
  version: number;
  kind: string;
  title: string;
  content_json: string;
  text: string;
  saved_at: string;
  saved_by: string;
}

export { sqlString } from '../util/sql';

const parseContent = (json: string): LexicalState => lexicalStateSchema.parse(JSON.parse(json));

export function articleFromRow(row: ArticleRow, translations: string[]): Article {
  const state = lifecycleStateSchema.parse(row.state);
  return articleSchema.parse({
    id: row.id,
    title: row.title,
    slug: row.slug,
    tags: z.array(z.string()).parse(JSON.parse(row.tags_json)),
    category: row.category,
    section: row.section,
    owner: row.owner,
    language: row.language,
    translationOf: row.translation_of ?? null,
    translations,
    reviewBy: row.review_by,
    sourceTopicId: row.source_topic_id ?? null,
    state,
    kcsState: kcsStateOf(state),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    wordCount: Number(row.word_count),
    content: parseContent(row.content_json),
    text: row.text,
  });
}

export function rowFromArticle(article: Article): ArticleRow {
  return {
    id: article.id,
    title: article.title,
    slug: article.slug,
    tags_json: JSON.stringify(article.tags),
    category: article.category,
    section: article.section,
    owner: article.owner,
    language: article.language,
    translation_of: article.translationOf,
    review_by: article.reviewBy,
    source_topic_id: article.sourceTopicId,
    state: article.state,
    version: article.version,
    created_at: article.createdAt,
    updated_at: article.updatedAt,
    updated_by: article.updatedBy,
    content_json: JSON.stringify(article.content),
    text: article.text,
    word_count: countWords(article.text),
  };
}

export const versionFromRow = (row: VersionRow): ArticleVersion =>
  articleVersionSchema.parse({
    id: row.id,
    articleId: row.article_id,
    version: Number(row.version),
    kind: row.kind,
    title: row.title,
    content: parseContent(row.content_json),
    text: row.text,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
  });

export const rowFromVersion = (version: ArticleVersion): VersionRow => ({
  id: version.id,
  article_id: version.articleId,
  version: version.version,
  kind: version.kind,
  title: version.title,
  content_json: JSON.stringify(version.content),
  text: version.text,
  saved_at: version.savedAt,
  saved_by: version.savedBy,
});
