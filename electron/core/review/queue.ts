import type { ArticleSummary } from '../../../shared/domain/article';
import type { AuditEntry } from '../../../shared/domain/audit';
import type { Person } from '../../../shared/domain/people';
import { QUEUE_VIEWS, queueFilterSchema, type Decision, type Queue, type QueueFilter, type QueueItem, type QueueView } from '../../../shared/domain/review';
import { listArticles } from '../articles/list';
import { setArticleStateChecked } from '../articles/store';
import { appendAudit, readAudit } from '../audit/log';
import { listVersions } from '../articles/revisions';
import type { Workspace } from '../workspace/workspace';
import { currentAssignments } from './assignments';
import { listDecisions } from './decisions';
import { aiOriginals } from './sources';

/** Who flags articles for review by themselves. */
export const SYSTEM_ACTOR = { id: 'system', name: 'Gleaner' } as const;

const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

/** Why an article goes back to review by itself. */
export type FlagReason = 'review_date_passed' | 'translation_changed' | 'friction_rose' | 'edited_after_approval';

/** Moves one published article to needs_review as the system, audited with the reason; false when it moved on meanwhile. */
export async function flagForReview(ws: Workspace, article: ArticleSummary, reason: FlagReason, details: Record<string, unknown> = {}): Promise<boolean> {
  try {
    const next = await setArticleStateChecked(ws, article.id, article.version, 'needs_review', SYSTEM_ACTOR, (current) => {
      if (current.state !== 'published') throw new Error('moved on');
    });
    await appendAudit(ws, {
      actorId: SYSTEM_ACTOR.id,
      actorName: SYSTEM_ACTOR.name,
      action: 'flag_for_review',
      subjectKind: 'article',
      subjectId: article.id,
      details: { title: article.title, from: 'published', to: 'needs_review', version: next.version, reason, ...details },
    });
    return true;
  } catch {
    // Someone changed it meanwhile: the next load looks again.
    return false;
  }
}

/** When each article was last published, from the audit log (else its last change). */
function publishedAt(entries: readonly AuditEntry[], article: ArticleSummary): string {
  const last = entries.filter((e) => e.subjectId === article.id && e.action === 'publish').at(-1);
  return last?.at ?? article.updatedAt;
}

/**
 * Moves published articles back to needs_review when their review-by date has passed, or when a
 * linked translation was edited after they were published; returns how many.
 */
export async function flagReviewDue(ws: Workspace, now = new Date()): Promise<number> {
  const today = dayOf(now);
  const published = await listArticles(ws, { states: ['published'] }, now);
  let flagged = 0;
  const linked = published.filter((a) => a.reviewBy >= today && a.translations.length > 0);
  const audit = linked.length > 0 ? await readAudit(ws) : [];
  for (const article of published) {
    if (article.reviewBy < today) {
      if (await flagForReview(ws, article, 'review_date_passed', { reviewBy: article.reviewBy })) flagged += 1;
      continue;
    }
    if (!linked.includes(article)) continue;
    const since = publishedAt(audit, article);
    for (const translationId of article.translations) {
      const edits = (await listVersions(ws, translationId)).filter((v) => v.kind !== 'create' && v.kind !== 'ai_draft' && v.kind !== 'import' && v.savedAt > since);
      if (edits.length === 0) continue;
      if (await flagForReview(ws, article, 'translation_changed', { translationId })) flagged += 1;
      break;
    }
  }
  return flagged;
}

function inView(view: QueueView, item: QueueItem, me: Person): boolean {
  const { state } = item.article;
  switch (view) {
    case 'assigned':
      return state === 'in_review' && item.assignment?.reviewerId === me.id;
    case 'in_review':
      return state === 'in_review';
    case 'due':
      return state === 'needs_review' || (item.reviewDue && (state === 'approved' || state === 'published'));
    case 'decided':
      return item.lastDecision !== null && state !== 'in_review';
  }
}

const sortKey = (view: QueueView, item: QueueItem): string => {
  if (view === 'decided') return item.lastDecision?.at ?? '';
  if (view === 'due') return item.article.reviewBy;
  return item.assignment?.due ?? '9999';
};

/** The review queue: flags overdue articles first, then lists one view with the counts of every view. */
export async function loadQueue(ws: Workspace, me: Person, rawFilter: QueueFilter = {}, now = new Date()): Promise<Queue> {
  const filter = queueFilterSchema.parse(rawFilter);
  const flagged = await flagReviewDue(ws, now);
  const today = dayOf(now);
  const [articles, assignments, decisions, originals] = await Promise.all([
    listArticles(ws, {}, now),
    currentAssignments(ws),
    listDecisions(ws),
    aiOriginals(ws),
  ]);
  const lastDecision = new Map<string, Decision>();
  for (const decision of decisions) lastDecision.set(decision.articleId, decision);
  const items = articles.map((article: ArticleSummary): QueueItem => {
    const assignment = assignments.get(article.id) ?? null;
    return {
      article,
      assignment,
      lastDecision: lastDecision.get(article.id) ?? null,
      overdue: article.state === 'in_review' && assignment !== null && assignment.due < today,
      reviewDue: article.state !== 'archived' && article.reviewBy < today,
      aiDraft: originals.has(article.id),
    };
  });
  const counts = Object.fromEntries(QUEUE_VIEWS.map((view) => [view, items.filter((item) => inView(view, item, me)).length])) as Record<QueueView, number>;
  const selected = items
    .filter((item) => inView(filter.view, item, me))
    .filter((item) => !filter.states?.length || filter.states.includes(item.article.state))
    .filter((item) => !filter.assigneeId || item.assignment?.reviewerId === filter.assigneeId)
    .filter((item) => !filter.dueBy || (item.assignment !== null && item.assignment.due <= filter.dueBy))
    .sort((a, b) => sortKey(filter.view, a).localeCompare(sortKey(filter.view, b)));
  if (filter.view === 'decided') selected.reverse();
  return { items: selected, counts, flagged };
}
