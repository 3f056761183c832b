import { randomUUID } from 'node:crypto';
import { GleanerError } from '../../../shared/errors';
import { commentSchema, type Comment } from '../../../shared/domain/review';
import type { Person } from '../../../shared/domain/people';
import { appendAudit } from '../audit/log';
import type { Workspace } from '../workspace/workspace';

interface Row {
  id: string;
  article_id: string;
  thread_id: string;
  anchor_id: string | null;
  quote: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: string;
  resolved: boolean;
}

const sql = (value: string): string => `'${value.replace(/'/g, "''")}'`;

const fromRow = (row: Row): Comment =>
  commentSchema.parse({
    id: row.id,
    articleId: row.article_id,
    threadId: row.thread_id,
    anchorId: row.anchor_id,
    quote: row.quote,
    authorId: row.author_id,
    authorName: row.author_name,
    body: row.body,
    createdAt: row.created_at,
    resolved: row.resolved,
  });

export async function listComments(ws: Workspace, articleId: string): Promise<Comment[]> {
  const rows = (await (await ws.table('review_comments')).query().where(`article_id = ${sql(articleId)}`).toArray()) as Row[];
  return rows.map(fromRow).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export interface NewComment {
  articleId: string;
  body: string;
  /** Reply to this thread; a new thread when absent. */
  threadId?: string;
  anchorId?: string | null;
  quote?: string;
}

export async function addComment(ws: Workspace, author: Person, input: NewComment): Promise<Comment> {
  const existing = input.threadId ? (await listComments(ws, input.articleId)).find((c) => c.threadId === input.threadId) : undefined;
  if (input.threadId && !existing) throw new GleanerError('E_NOT_FOUND', `No comment thread ${input.threadId} on this article.`);
  const id = randomUUID();
  const comment: Comment = {
    id,
    articleId: input.articleId,
    threadId: input.threadId ?? id,
    anchorId: existing ? existing.anchorId : input.anchorId ?? null,
    quote: existing ? existing.quote : input.quote ?? '',
    authorId: author.id,
    authorName: author.name,
    body: input.body,
    createdAt: new Date().toISOString(),
    resolved: false,
  };
  await (await ws.table('review_comments')).add([
    {
      id: comment.id,
      article_id: comment.articleId,
      thread_id: comment.threadId,
      anchor_id: comment.anchorId,
      quote: comment.quote,
      author_id: comment.authorId,
      author_name: comment.authorName,
      body: comment.body,
      created_at: comment.createdAt,
      resolved: false,
    },
  ]);
  await appendAudit(ws, { actorId: author.id, actorName: author.name, action: 'comment', subjectKind: 'article', subjectId: input.articleId, details: { threadId: comment.threadId, quote: comment.quote } });
  return comment;
}

export async function resolveThread(ws: Workspace, actor: Person, articleId: string, threadId: string, resolved: boolean): Promise<void> {
  if (!(await listComments(ws, articleId)).some((c) => c.threadId === threadId)) {
    throw new GleanerError('E_NOT_FOUND', `No comment thread ${threadId} on this article.`);
  }
  const table = await ws.table('review_comments');
  await table.update({ where: `article_id = ${sql(articleId)} AND thread_id = ${sql(threadId)}`, values: { resolved } });
  await appendAudit(ws, { actorId: actor.id, actorName: actor.name, action: resolved ? 'resolve_thread' : 'reopen_thread', subjectKind: 'article', subjectId: articleId, details: { threadId } });
}
