import { z } from 'zod';
import { kcsStateOf, lifecycleStateSchema } from './lifecycle';

export const ARTICLE_LANGUAGES = ['en', 'zh-CN'] as const;
export const articleLanguageSchema = z.enum(ARTICLE_LANGUAGES);
export type ArticleLanguage = z.infer<typeof articleLanguageSchema>;

/** The KCS section headings an article uses, per language (drafts write them, imports recognise them). */
export const KCS_SECTION_HEADINGS = {
  en: { issue: 'Issue', environment: 'Environment', resolution: 'Resolution', cause: 'Cause', related: 'Related articles' },
  'zh-CN': { issue: '问题', environment: '环境', resolution: '解决方法', cause: '原因', related: '相关文章' },
} as const satisfies Record<(typeof ARTICLE_LANGUAGES)[number], Record<'issue' | 'environment' | 'resolution' | 'cause' | 'related', string>>;

export const KCS_STATES = ['work_in_progress', 'not_validated', 'validated', 'archived'] as const;
export const kcsStateSchema = z.enum(KCS_STATES);

/** A serialized Lexical editor state; nodes are validated by Lexical itself when parsed. */
export const lexicalStateSchema = z.object({
  root: z.looseObject({ type: z.literal('root'), children: z.array(z.unknown()) }),
});
export type LexicalState = z.infer<typeof lexicalStateSchema>;

export const emptyLexicalState = (): LexicalState => ({
  root: {
    type: 'root',
    children: [{ type: 'paragraph', children: [], direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' }],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
  },
});

const MAX_TAGS = 30;
export const tagSchema = z.string().trim().min(1).max(40);
export const slugSchema = z
  .string()
  .max(120)
  .regex(/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u, 'lowercase words joined by dashes');

/** The metadata a person edits beside the body. */
export const articleMetaSchema = z.object({
  title: z.string().trim().max(200),
  slug: slugSchema,
  tags: z.array(tagSchema).max(MAX_TAGS),
  category: z.string().trim().max(80),
  section: z.string().trim().max(80),
  owner: z.string().max(80),
  language: articleLanguageSchema,
  /** The article this one translates (its id), or null for an original. */
  translationOf: z.string().nullable(),
  /** ISO date (yyyy-mm-dd) by which the article must be reviewed again. */
  reviewBy: z.iso.date(),
  sourceTopicId: z.string().nullable(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const articleSummarySchema = articleMetaSchema.extend({
  id: z.string(),
  /** Ids of the articles that translate this one (or, for a translation, its siblings). */
  translations: z.array(z.string()),
  state: lifecycleStateSchema,
  kcsState: kcsStateSchema,
  /** Bumped on every write; a save names the version it started from (optimistic check). */
  version: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
  wordCount: z.number().int().min(0),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = articleSummarySchema.extend({
  content: lexicalStateSchema,
  /** Plain text of the body, for search and duplicate detection. */
  text: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

/** `ai_draft`: the first version of an article made from an AI draft, kept as the AI original for review. */
export const REVISION_KINDS = ['create', 'save', 'autosave', 'restore', 'import', 'ai_draft'] as const;
export const revisionKindSchema = z.enum(REVISION_KINDS);
export type RevisionKind = z.infer<typeof revisionKindSchema>;

export const articleVersionSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  /** The article's version this revision captured. */
  version: z.number().int().min(1),
  kind: revisionKindSchema,
  title: z.string(),
  content: lexicalStateSchema,
  text: z.string(),
  savedAt: z.iso.datetime(),
  savedBy: z.string(),
});
export type ArticleVersion = z.infer<typeof articleVersionSchema>;
export const articleVersionSummarySchema = articleVersionSchema.omit({ content: true, text: true });
export type ArticleVersionSummary = z.infer<typeof articleVersionSummarySchema>;

export const articleFilterSchema = z.object({
  query: z.string().max(200).optional(),
  states: z.array(lifecycleStateSchema).optional(),
  tag: z.string().optional(),
  owner: z.string().optional(),
  language: articleLanguageSchema.optional(),
  /** Only articles whose review-by date is on or before today. */
  reviewDue: z.boolean().optional(),
});
export type ArticleFilter = z.infer<typeof articleFilterSchema>;

export const createArticleInputSchema = articleMetaSchema.partial().extend({
  title: z.string().trim().max(200),
  content: lexicalStateSchema.optional(),
});
export type CreateArticleInput = z.infer<typeof createArticleInputSchema>;

export const saveArticleInputSchema = z.object({
  id: z.string(),
  /** The version the editor started from; a different stored version means someone else saved. */
  baseVersion: z.number().int().min(1),
  meta: articleMetaSchema.partial().optional(),
  content: lexicalStateSchema.optional(),
  /** A debounced background save: cheap, coalesced into one revision per editing session. */
  autosave: z.boolean().default(false),
});
export type SaveArticleInput = z.input<typeof saveArticleInputSchema>;

/** What E_CONFLICT carries in `details`: the stored article and what the caller tried to write. */
export const articleConflictSchema = z.object({
  theirs: articleSchema,
  mine: z.object({ meta: articleMetaSchema.partial().optional(), content: lexicalStateSchema.optional() }),
});
export type ArticleConflict = z.infer<typeof articleConflictSchema>;

export const diffPartSchema = z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() });
export const articleDiffSchema = z.object({
  from: articleVersionSummarySchema,
  to: articleVersionSummarySchema,
  title: z.array(diffPartSchema),
  body: z.array(diffPartSchema),
  added: z.number().int(),
  removed: z.number().int(),
});
export type ArticleDiff = z.infer<typeof articleDiffSchema>;

export const importReportSchema = z.object({
  created: z.array(z.object({ id: z.string(), title: z.string(), file: z.string() })),
  duplicates: z.array(
    z.object({ file: z.string(), title: z.string(), existingId: z.string(), reason: z.enum(['slug', 'title', 'text']) }),
  ),
  failed: z.array(z.object({ file: z.string(), message: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const kcsStateForArticle = kcsStateOf;

/** 'How to reset a PIN?' → 'how-to-reset-a-pin'; keeps CJK letters; falls back when nothing is left. */
export function slugify(title: string, fallback = 'article'): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** Words for counting: CJK characters count one each, other scripts by whitespace-separated runs. */
export function countWords(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const rest = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ');
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return cjk + words;
}

/** Minutes to read: 230 words a minute for Latin text, 400 characters a minute for CJK; at least 1. */
export function readingMinutes(text: string): number {
  const cjk = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = countWords(text) - cjk;
  return Math.max(1, Math.round(latin / 230 + cjk / 400));
}
