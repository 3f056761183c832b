import type { AuditEntry } from '../../../shared/domain/audit';
import { FRICTION_COMPONENTS, type Impact, type ImpactVerdict, type TopicImpact } from '../../../shared/domain/friction';
import { OUTLIER_TOPIC_ID } from '../../../shared/domain/topics';
import { readAudit } from '../audit/log';
import { loadTopics, type StoredTopic } from '../topics/store';
import type { Workspace } from '../workspace/workspace';
import { articleSummaries, COVERED_SIMILARITY, currentMatches, type ArticleSummary } from './coverage';
import { DAY_MS, type ConversationFacts } from './facts';
import { proportionOf, rateOf } from './rates';
import { differenceInterval, fitBetaPrior } from './stats';
import { loadFacts } from './workspace';

/**
 * "Did it help": a topic's friction in the `windowDays` before an article's publication against the
 * same span after it, with Newcombe intervals on each difference. Raw rates (no shrinkage): the
 * question is about this topic alone. `asOfMs` (the newest conversation) shortens the window after a
 * recent publication so that the weekly volume is not understated.
 */
export function articleImpact(facts: readonly ConversationFacts[], topicId: string, articleId: string, publishedMs: number, windowDays = 28, asOfMs?: number): Impact {
  const span = windowDays * DAY_MS;
  const mine = facts.filter((f) => f.topicId === topicId && f.startedMs !== null);
  const before = mine.filter((f) => f.startedMs! < publishedMs && f.startedMs! >= publishedMs - span);
  const after = mine.filter((f) => f.startedMs! >= publishedMs && f.startedMs! < publishedMs + span);
  const dated = facts.map((f) => f.startedMs).filter((ms): ms is number => ms !== null);
  const firstMs = dated.length ? Math.min(...dated) : publishedMs;
  const lastMs = asOfMs ?? (dated.length ? Math.max(...dated) : publishedMs);
  const beforeDays = Math.max(0, Math.min(span, publishedMs - firstMs)) / DAY_MS;
  const afterDays = Math.max(0, Math.min(span, lastMs - publishedMs)) / DAY_MS;
  const flat = fitBetaPrior([]);
  const side = (list: ConversationFacts[], days: number) => ({
    conversations: list.length,
    days,
    perWeek: days > 0 ? list.length / (days / 7) : 0,
    escalation: rateOf(proportionOf(list, 'escalation'), flat),
    repeat: rateOf(proportionOf(list, 'repeat'), flat),
    negative: rateOf(proportionOf(list, 'negative'), flat),
  });
  const change = Object.fromEntries(
    FRICTION_COMPONENTS.map((name) => [name, differenceInterval(proportionOf(before, name), proportionOf(after, name))]),
  ) as Impact['change'];
  return { topicId, articleId, publishedAt: new Date(publishedMs).toISOString(), before: side(before, beforeDays), after: side(after, afterDays), change };
}

/** Fewer conversations after publication than this (or less than a week) cannot say anything yet. */
export const MIN_AFTER_CONVERSATIONS = 10;

export function impactVerdict(impact: Impact): ImpactVerdict {
  if (impact.after.conversations < MIN_AFTER_CONVERSATIONS || impact.after.days < 7 || impact.before.conversations === 0) return 'too_early';
  const changes = FRICTION_COMPONENTS.map((name) => impact.change[name]).filter((c): c is NonNullable<typeof c> => c !== undefined);
  const fell = changes.some((c) => c.high < 0);
  const rose = changes.some((c) => c.low > 0);
  if (fell && !rose) return 'better';
  if (rose && !fell) return 'worse';
  return 'unclear';
}

const publishes = (entry: AuditEntry, articleId: string): boolean => {
  if (entry.subjectKind === 'article' && entry.subjectId === articleId) {
    const d = entry.details;
    return entry.action === 'publish' || d.to === 'published' || d.state === 'published' || d.action === 'publish';
  }
  // An export run publishes the approved articles it sent, and lists them.
  return entry.action === 'export' && Array.isArray(entry.details.published) && entry.details.published.includes(articleId);
};

/** When an article was (last) published: from the audit log, else its last change if it is published now. */
export function publishTimeOf(entries: readonly AuditEntry[], article: { id: string; state: string; updatedAt: string }): { ms: number; from: 'audit' | 'article' } | null {
  const times = entries.filter((e) => publishes(e, article.id)).map((e) => Date.parse(e.at)).filter(Number.isFinite);
  if (times.length) return { ms: Math.max(...times), from: 'audit' };
  if (article.state !== 'published') return null;
  const ms = Date.parse(article.updatedAt);
  return Number.isFinite(ms) ? { ms, from: 'article' } : null;
}

interface LinkedArticle {
  id: string;
  title: string;
  state: string;
  updatedAt: string;
  topicId: string;
}

const PUBLISHED = new Set(['published', 'needs_review']);

/** Published articles and the topic each one addresses: the topic it was written from, or the topic it covers. */
function linkedArticles(topics: readonly StoredTopic[], articles: readonly ArticleSummary[], topicId?: string): LinkedArticle[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const links = new Map<string, LinkedArticle>();
  const link = (article: ArticleSummary | undefined, topic: string) => {
    if (!article || !PUBLISHED.has(article.state) || topic === OUTLIER_TOPIC_ID || (topicId !== undefined && topic !== topicId)) return;
    links.set(`${article.id}\0${topic}`, { id: article.id, title: article.title, state: article.state, updatedAt: article.updatedAt, topicId: topic });
  };
  for (const article of articles) if (article.sourceTopicId) link(article, article.sourceTopicId);
  for (const [topic, match] of currentMatches(topics, articles)) {
    if (match.linked || (match.similarity ?? 0) >= COVERED_SIMILARITY) link(byId.get(match.articleId), topic);
  }
  return [...links.values()];
}

/**
 * "Did it help" for every published article linked to a topic (written from it, or covering it), or only those of
 * one topic: the topic's friction in the `windowDays` before the publication against those after,
 * with intervals and a verdict. Newest publication first. For the Insights screen and the review dashboard.
 */
export async function topicImpact(ws: Workspace, options: { topicId?: string; windowDays?: number } = {}): Promise<TopicImpact[]> {
  const [topics, summaries] = await Promise.all([loadTopics(ws), articleSummaries(ws)]);
  const articles = linkedArticles(topics, summaries, options.topicId);
  if (articles.length === 0) return [];
  const [facts, audit] = await Promise.all([loadFacts(ws), readAudit(ws)]);
  const labels = new Map(topics.map((t) => [t.id, t.label]));
  const windowDays = options.windowDays ?? 28;
  const out: TopicImpact[] = [];
  for (const article of articles) {
    const published = publishTimeOf(audit, article);
    if (!published || !labels.has(article.topicId)) continue;
    const impact = articleImpact(facts, article.topicId, article.id, published.ms, windowDays);
    out.push({ ...impact, articleTitle: article.title, topicLabel: labels.get(article.topicId)!, publishedFrom: published.from, verdict: impactVerdict(impact) });
  }
  return out.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
}
