import type { Article } from '../../../shared/domain/article';
import { checkTransition, TRANSITIONS, type LifecycleAction } from '../../../shared/domain/lifecycle';
import type { Person } from '../../../shared/domain/people';
import { KCS_CHECKLIST, type ChecklistItem, type Decision } from '../../../shared/domain/review';
import { GleanerError } from '../../../shared/errors';
import { getArticle, setArticleStateChecked } from '../articles/store';
import { appendAudit } from '../audit/log';
import { getPerson, listPeople } from '../people/store';
import type { Workspace } from '../workspace/workspace';
import { addAssignment } from './assignments';
import { recordDecision } from './decisions';

/** Days a reviewer has for a decision when the submitter names no date. */
export const DEFAULT_REVIEW_DAYS = 3;

export interface TransitionInput {
  articleId: string;
  action: LifecycleAction;
  baseVersion: number;
  reason?: string | undefined;
  /** For `submit`: the reviewer, and the date the decision is due. */
  reviewerId?: string | undefined;
  due?: string | undefined;
}

/** The person the article belongs to: its owner, named by id (or, for older articles, by name). */
export async function authorIdOf(ws: Workspace, article: Pick<Article, 'owner'>): Promise<string> {
  const people = await listPeople(ws);
  return (people.find((p) => p.id === article.owner) ?? people.find((p) => p.name === article.owner))?.id ?? article.owner;
}

const addDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function refusal(reason: 'illegal_from_state' | 'role' | 'own_article', action: LifecycleAction, article: Article, actor: Person): GleanerError {
  if (reason === 'illegal_from_state') return new GleanerError('E_CONFLICT', `"${action}" is not possible while the article is ${article.state}.`);
  if (reason === 'role') return new GleanerError('E_FORBIDDEN', `A ${actor.role} cannot ${action.replace('_', ' ')}.`);
  return new GleanerError('E_FORBIDDEN', 'A reviewer other than the author must approve this article.');
}

async function reviewerFor(ws: Workspace, input: TransitionInput, authorId: string): Promise<Person> {
  if (!input.reviewerId) throw new GleanerError('E_VALIDATION', 'Choose a reviewer to submit the article to.');
  const reviewer = await getPerson(ws, input.reviewerId);
  if (reviewer.role === 'author') throw new GleanerError('E_VALIDATION', `${reviewer.name} is an author, not a reviewer.`);
  if (ws.settings().requireSeparateReviewer && reviewer.id === authorId) {
    throw new GleanerError('E_VALIDATION', 'The reviewer must be someone other than the author.');
  }
  return reviewer;
}

/**
 * Moves an article along its lifecycle: the role guard and the separate-reviewer setting are checked
 * against the stored article under its lock, a stale `baseVersion` is E_CONFLICT, and the move is audited.
 */
export async function transitionArticle(
  ws: Workspace,
  actor: Person,
  input: TransitionInput,
  auditDetails: Record<string, unknown> = {},
): Promise<Article> {
  const stored = await getArticle(ws, input.articleId);
  const authorId = await authorIdOf(ws, stored);
  const reviewer = input.action === 'submit' ? await reviewerFor(ws, input, authorId) : null;
  const ctx = { role: actor.role, actorId: actor.id, authorId, requireSeparateReviewer: ws.settings().requireSeparateReviewer };
  let from = stored.state;
  const article = await setArticleStateChecked(ws, input.articleId, input.baseVersion, TRANSITIONS[input.action].to, actor, (current) => {
    from = current.state;
    const check = checkTransition(current.state, input.action, ctx);
    if (!check.ok) throw refusal(check.reason, input.action, current, actor);
  });
  const due = input.due ?? addDays(DEFAULT_REVIEW_DAYS);
  if (reviewer) await addAssignment(ws, article.id, reviewer, actor, due);
  await appendAudit(ws, {
    actorId: actor.id,
    actorName: actor.name,
    action: input.action,
    subjectKind: 'article',
    subjectId: article.id,
    details: {
      title: article.title,
      from,
      to: article.state,
      version: article.version,
      ...(input.reason ? { reason: input.reason } : {}),
      ...(reviewer ? { reviewerId: reviewer.id, reviewerName: reviewer.name, due } : {}),
      ...auditDetails,
    },
  });
  return article;
}

export interface DecisionInput {
  articleId: string;
  baseVersion: number;
  decision: 'approve' | 'request_changes';
  reason: string;
  checklist: Record<ChecklistItem, boolean>;
}

/** Approve or request changes: the transition, with the reason and the KCS checklist stored and audited. */
export async function decide(ws: Workspace, actor: Person, input: DecisionInput): Promise<{ article: Article; decision: Decision }> {
  const reason = input.reason.trim();
  const unchecked = KCS_CHECKLIST.filter((item) => !input.checklist[item]);
  if (input.decision === 'request_changes' && !reason) throw new GleanerError('E_VALIDATION', 'Say what needs to change.');
  if (input.decision === 'approve' && unchecked.length > 0 && !reason) {
    throw new GleanerError('E_VALIDATION', `Explain why you approve with unchecked items: ${unchecked.join(', ')}.`);
  }
  const article = await transitionArticle(
    ws,
    actor,
    { articleId: input.articleId, action: input.decision, baseVersion: input.baseVersion, reason },
    { checklist: input.checklist },
  );
  const decision = await recordDecision(ws, {
    articleId: article.id,
    articleVersion: input.baseVersion,
    reviewerId: actor.id,
    reviewerName: actor.name,
    decision: input.decision,
    reason,
    checklist: input.checklist,
  });
  return { article, decision };
}
