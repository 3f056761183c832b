import type { ArticleSummary } from '../../../shared/domain/article';
import type { Person } from '../../../shared/domain/people';
import { QUEUE_VIEWS, queueFilterSchema, type Decision, type Queue, type QueueFilter, type QueueItem, type QueueView } from '../../../shared/domain/review';
import { listArticles } from '../articles/list';
import { setArticleStateChecked } from '../articles/store';
import { appendAudit } from '../audit/log';
import type { Workspace } from '../workspace/workspace';
import { currentAssignments } from './assignments';
import { listDecisions } from './decisions';
import { aiOriginals } from './sources';

/** Who flags articles whose review date passed. */
export const SYSTEM_ACTOR = { id: 'system', name: 'Gleaner' } as const;

const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

/** Moves published articles whose review-by date has passed to needs_review; returns how many. */
export async function flagReviewDue(ws: Workspace, now = new Date()): Promise<number> {
  const today = dayOf(now);
  const due = (await listArticles(ws, { states: ['published'] }, now)).filter((a) => a.reviewBy < today);
  let flagged = 0;
  for (const article of due) {
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
        details: { title: article.title, from: 'published', to: 'needs_review', version: next.version, reason: 'review_date_passed', reviewBy: article.reviewBy },
      });
      flagged += 1;
    } catch {
      // Someone changed it meanwhile: the next load looks again.
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
