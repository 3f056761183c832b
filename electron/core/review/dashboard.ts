import type { ArticleSummary } from '../../../shared/domain/article';
import type { Dashboard } from '../../../shared/domain/review';
import { listArticles } from '../articles/list';
import { readAudit } from '../audit/log';
import { topicImpact } from '../friction/impact';
import type { Workspace } from '../workspace/workspace';
import { listDecisions } from './decisions';
import { normalizedEditDistance } from './edit-distance';
import { flagForReview } from './queue';
import { aiOriginals, textAtVersion } from './sources';

const HOUR_MS = 3_600_000;
const APPROVED_STATES = new Set(['approved', 'published', 'needs_review']);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What reviewing the AI drafts achieved: acceptance, how much reviewers changed, speed, what is due, and the friction after publishing. */
export async function reviewDashboard(ws: Workspace, now = new Date()): Promise<Dashboard> {
  const [articles, originals, decisions, audit] = await Promise.all([listArticles(ws, {}, now), aiOriginals(ws), listDecisions(ws), readAudit(ws)]);
  const today = now.toISOString().slice(0, 10);
  const approvedIds = new Set(decisions.filter((d) => d.decision === 'approve').map((d) => d.articleId));
  const ai = articles.filter((a) => originals.has(a.id));
  const approved = ai.filter((a) => approvedIds.has(a.id) || APPROVED_STATES.has(a.state));
  const rejected = ai.filter((a) => a.state === 'archived' && !approvedIds.has(a.id));
  // AI drafts discarded in the inbox never became articles; they count as rejected once the inbox audits them.
  const discarded = audit.filter((e) => e.action === 'draft_discarded').length;

  const distances: Dashboard['editDistance']['articles'] = [];
  for (const article of approved) {
    const lastApproval = decisions.filter((d) => d.articleId === article.id && d.decision === 'approve').at(-1);
    const approvedText = lastApproval ? await textAtVersion(ws, article.id, lastApproval.articleVersion) : null;
    const original = originals.get(article.id)!;
    distances.push({ articleId: article.id, title: article.title, distance: normalizedEditDistance(`${original.title}\n${original.text}`, approvedText ? `${approvedText.title}\n${approvedText.text}` : `${article.title}`) });
  }

  const firstAt = (action: string) => {
    const times = new Map<string, number>();
    for (const entry of audit) if (entry.action === action && !times.has(entry.subjectId)) times.set(entry.subjectId, Date.parse(entry.at));
    return times;
  };
  const submitted = firstAt('submit');
  const approvedAt = firstAt('approve');
  const hours = [...approvedAt].flatMap(([id, at]) => (submitted.has(id) ? [(at - submitted.get(id)!) / HOUR_MS] : []));

  return {
    aiDrafts: { total: ai.length + discarded, approved: approved.length, rejected: rejected.length + discarded, pending: ai.length - approved.length - rejected.length },
    acceptanceRate: approved.length + rejected.length + discarded === 0 ? null : approved.length / (approved.length + rejected.length + discarded),
    editDistance: { mean: distances.length ? distances.reduce((sum, d) => sum + d.distance, 0) / distances.length : null, articles: distances },
    medianHoursToApprove: median(hours),
    dueForReview: articles
      .filter((a) => a.state !== 'archived' && a.state !== 'draft' && (a.state === 'needs_review' || a.reviewBy < today))
      .map((a) => ({ articleId: a.id, title: a.title, reviewBy: a.reviewBy, state: a.state }))
      .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy)),
    friction: await frictionAfterPublishing(ws, articles),
  };
}

async function frictionAfterPublishing(ws: Workspace, articles: readonly ArticleSummary[]): Promise<Dashboard['friction']> {
  try {
    const items = await topicImpact(ws);
    // The topic's friction rose again after publishing: the article goes back to review.
    const worse = new Set(items.filter((i) => i.verdict === 'worse').map((i) => i.articleId));
    for (const article of articles.filter((a) => a.state === 'published' && worse.has(a.id))) {
      await flagForReview(ws, article, 'friction_rose', { topicId: article.sourceTopicId });
    }
    return items.length === 0 ? { status: 'no_published' } : { status: 'ok', items };
  } catch (error) {
    return { status: 'unavailable', message: error instanceof Error ? error.message : String(error) };
  }
}
