import { randomUUID } from 'node:crypto';
import {
  articleMetaSchema,
  articleSummarySchema,
  countWords,
  emptyLexicalState,
  saveArticleInputSchema,
  slugify,
  type Article,
  type ArticleMeta,
  type ArticleSummary,
  type CreateArticleInput,
  type RevisionKind,
  type SaveArticleInput,
} from '../../../shared/domain/article';
import type { LifecycleState } from '../../../shared/domain/lifecycle';
import { definedFields } from '../../../shared/domain/patch';
import { GleanerError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { lexicalToText } from './convert/text';
import { appendAudit } from '../audit/log';
import type { FlagReason } from '../review/queue';
import { withArticleLock, withArticleLocks } from './lock';
import { articleFromRow, rowFromArticle, sqlString, type ArticleRow } from './rows';
import { recordRevision } from './revisions';

/** Who writes: a person's id (or 'cli', 'import'). */
export interface Actor {
  id: string;
  /** For the audit log, when the actor is a person. */
  name?: string;
}

const SUMMARY_COLUMNS = [
  'id', 'title', 'slug', 'tags_json', 'category', 'section', 'owner', 'language', 'translation_of', 'review_by',
  'source_topic_id', 'state', 'version', 'created_at', 'updated_at', 'updated_by', 'word_count',
];

const today = (): string => new Date().toISOString().slice(0, 10);
const addDays = (date: string, days: number): string => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

async function articlesTable(ws: Workspace) {
  return ws.table('articles');
}

/** Every article's metadata, without bodies. */
export async function readSummaryRows(ws: Workspace): Promise<Array<Omit<ArticleRow, 'content_json' | 'text'>>> {
  const rows = await (await articlesTable(ws)).query().select(SUMMARY_COLUMNS).toArray();
  return rows as Array<Omit<ArticleRow, 'content_json' | 'text'>>;
}

/** Ids linked as translations: the original and every translation of it, minus the article itself. */
function translationsOf(id: string, translationOf: string | null, all: ReadonlyArray<{ id: string; translation_of: string | null }>): string[] {
  const original = translationOf ?? id;
  const family = all.filter((row) => row.id === original || row.translation_of === original).map((row) => row.id);
  return family.filter((member) => member !== id);
}

async function readRow(ws: Workspace, id: string): Promise<ArticleRow | undefined> {
  const rows = await (await articlesTable(ws)).query().where(`id = ${sqlString(id)}`).limit(1).toArray();
  return rows[0] as ArticleRow | undefined;
}

export async function getArticle(ws: Workspace, id: string): Promise<Article> {
  const row = await readRow(ws, id);
  if (!row) throw new GleanerError('E_NOT_FOUND', `No article with id ${id}.`);
  return articleFromRow(row, translationsOf(row.id, row.translation_of ?? null, await readSummaryRows(ws)));
}

export function summaryOf(row: Omit<ArticleRow, 'content_json' | 'text'>, all: ReadonlyArray<{ id: string; translation_of: string | null }>): ArticleSummary {
  return articleSummarySchema.parse({
    ...articleFromRowMeta(row),
    translations: translationsOf(row.id, row.translation_of ?? null, all),
  });
}

function articleFromRowMeta(row: Omit<ArticleRow, 'content_json' | 'text'>) {
  const full = articleFromRow({ ...row, content_json: JSON.stringify(emptyLexicalState()), text: '' }, []);
  const { content: _content, text: _text, ...summary } = full;
  return summary;
}

async function uniqueSlug(ws: Workspace, wanted: string, selfId?: string): Promise<string> {
  const taken = new Set((await readSummaryRows(ws)).filter((row) => row.id !== selfId).map((row) => row.slug));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** Upserts many articles in one commit. */
export async function writeArticles(ws: Workspace, articles: readonly Article[]): Promise<void> {
  if (articles.length === 0) return;
  const rows = articles.map((article) => ({ ...rowFromArticle(article) }));
  await (await articlesTable(ws)).mergeInsert('id').whenMatchedUpdateAll().whenNotMatchedInsertAll().execute(rows);
}

const writeArticle = (ws: Workspace, article: Article): Promise<void> => writeArticles(ws, [article]);

/** A new draft from `input`, not yet stored; `slug` must already be unique. */
export function newArticle(input: CreateArticleInput, actor: Actor, slug: string, reviewIntervalDays: number): Article {
  const now = new Date().toISOString();
  const content = input.content ?? emptyLexicalState();
  const text = lexicalToText(content);
  const meta: ArticleMeta = articleMetaSchema.parse({
    title: input.title.trim(),
    slug,
    tags: [...new Set(input.tags ?? [])],
    category: input.category ?? '',
    section: input.section ?? '',
    owner: input.owner ?? actor.id,
    language: input.language ?? 'en',
    translationOf: input.translationOf ?? null,
    reviewBy: input.reviewBy ?? addDays(today(), reviewIntervalDays),
    sourceTopicId: input.sourceTopicId ?? null,
  });
  return {
    ...meta,
    id: randomUUID(),
    translations: [],
    state: 'draft',
    kcsState: 'work_in_progress',
    version: 1,
    createdAt: now,
    updatedAt: now,
    updatedBy: actor.id,
    wordCount: countWords(text),
    content,
    text,
  };
}

export async function createArticle(ws: Workspace, input: CreateArticleInput, actor: Actor, kind: RevisionKind = 'create'): Promise<Article> {
  const slug = await uniqueSlug(ws, input.slug ?? slugify(input.title));
  const article = newArticle(input, actor, slug, ws.settings().reviewIntervalDays);
  if (article.translationOf) await getArticle(ws, article.translationOf);
  await writeArticles(ws, [article]);
  await recordRevision(ws, article, kind, actor);
  return getArticle(ws, article.id);
}

/** The states an approval stands behind; an edit of their text needs a new review. */
const REVIEWED_STATES: ReadonlySet<LifecycleState> = new Set(['approved', 'published']);

/**
 * Writes a new version if the caller started from the stored one; otherwise E_CONFLICT carrying the
 * stored article ("theirs") and the attempted change ("mine"), so nothing is overwritten silently.
 */
export async function saveArticle(ws: Workspace, raw: SaveArticleInput, actor: Actor, kind?: RevisionKind): Promise<Article> {
  const input = saveArticleInputSchema.parse(raw);
  return withArticleLock(ws, input.id, async () => {
    const current = await getArticle(ws, input.id);
    if (current.version !== input.baseVersion) {
      throw new GleanerError('E_CONFLICT', `The article "${current.title}" was changed elsewhere (version ${current.version}, yours ${input.baseVersion}).`, {
        theirs: current,
        mine: { meta: input.meta, content: input.content },
      });
    }
    const meta = definedFields(input.meta);
    if (meta.slug !== undefined && meta.slug !== current.slug) meta.slug = await uniqueSlug(ws, meta.slug, current.id);
    if (meta.translationOf) {
      if (meta.translationOf === current.id) throw new GleanerError('E_VALIDATION', 'An article cannot translate itself.');
      await getArticle(ws, meta.translationOf);
    }
    const content = input.content ?? current.content;
    const text = input.content ? lexicalToText(content) : current.text;
    // An approval covers the text it saw: changing that text sends the article back to review
    // (an export keeps sending nothing new until it is approved again).
    const reopened = text !== current.text && REVIEWED_STATES.has(current.state);
    const next: Article = {
      ...current,
      ...meta,
      state: reopened ? 'needs_review' : current.state,
      tags: meta.tags ? [...new Set(meta.tags)] : current.tags,
      content,
      text,
      wordCount: countWords(text),
      version: current.version + 1,
      updatedAt: new Date().toISOString(),
      updatedBy: actor.id,
    };
    await writeArticle(ws, next);
    await recordRevision(ws, next, kind ?? (input.autosave ? 'autosave' : 'save'), actor);
    if (reopened)
      await appendAudit(ws, {
        actorId: actor.id,
        actorName: actor.name ?? actor.id,
        action: 'flag_for_review',
        subjectKind: 'article',
        subjectId: next.id,
        details: { title: next.title, from: current.state, to: 'needs_review', version: next.version, reason: 'edited_after_approval' satisfies FlagReason },
      });
    return getArticle(ws, next.id);
  });
}

/** For the review lifecycle: moves the article to `state` as a new version. */
export async function setArticleState(ws: Workspace, id: string, state: LifecycleState, actor: Actor): Promise<Article> {
  return withArticleLock(ws, id, async () => {
    const current = await getArticle(ws, id);
    const next: Article = { ...current, state, version: current.version + 1, updatedAt: new Date().toISOString(), updatedBy: actor.id };
    await writeArticle(ws, next);
    return getArticle(ws, id);
  });
}

/**
 * For the review lifecycle: moves the article to `state` as a new version if the caller saw
 * `baseVersion` (E_CONFLICT otherwise); `guard` runs on the stored article inside the lock.
 */
export async function setArticleStateChecked(
  ws: Workspace,
  id: string,
  baseVersion: number,
  state: LifecycleState,
  actor: Actor,
  guard: (current: Article) => void = () => undefined,
): Promise<Article> {
  return withArticleLock(ws, id, async () => {
    const current = await getArticle(ws, id);
    if (current.version !== baseVersion) {
      throw new GleanerError('E_CONFLICT', `The article "${current.title}" was changed elsewhere (version ${current.version}, yours ${baseVersion}).`, { theirs: current, mine: {} });
    }
    guard(current);
    const next: Article = { ...current, state, version: current.version + 1, updatedAt: new Date().toISOString(), updatedBy: actor.id };
    await writeArticle(ws, next);
    return getArticle(ws, id);
  });
}

export interface BulkChange {
  addTags?: string[];
  removeTags?: string[];
  owner?: string;
  reviewBy?: string;
}

/** Applies one change to many articles in a single write; each gets a new version. */
export async function bulkUpdateArticles(ws: Workspace, ids: readonly string[], change: BulkChange, actor: Actor): Promise<number> {
  return withArticleLocks(ws, ids, () => bulkUpdateLocked(ws, ids, change, actor));
}

async function bulkUpdateLocked(ws: Workspace, ids: readonly string[], change: BulkChange, actor: Actor): Promise<number> {
  const now = new Date().toISOString();
  const updated: Article[] = [];
  for (const id of ids) {
    const current = await getArticle(ws, id);
    const tags = current.tags.filter((tag) => !(change.removeTags ?? []).includes(tag));
    updated.push({
      ...current,
      tags: [...new Set([...tags, ...(change.addTags ?? [])])],
      owner: change.owner ?? current.owner,
      reviewBy: change.reviewBy ?? current.reviewBy,
      version: current.version + 1,
      updatedAt: now,
      updatedBy: actor.id,
    });
  }
  await writeArticles(ws, updated);
  return updated.length;
}

export async function deleteArticles(ws: Workspace, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const list = ids.map(sqlString).join(', ');
  const table = await articlesTable(ws);
  const before = await table.countRows();
  await table.delete(`id IN (${list})`);
  await (await ws.table('article_versions')).delete(`article_id IN (${list})`);
  return before - (await table.countRows());
}
