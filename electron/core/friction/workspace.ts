import { OUTLIER_TOPIC_ID } from '../../../shared/domain/topics';
import type { FrictionReport } from '../../../shared/domain/friction';
import { isNegative } from '../sentiment/score';
import { loadAssignments, loadTopics } from '../topics/store';
import { iterateTranscripts } from '../transcripts/store';
import type { Workspace } from '../workspace/workspace';
import { articleSummaries, COVERED_SIMILARITY, currentMatches } from './coverage';
import type { ConversationFacts } from './facts';
import { frictionReport, type ArticleMatch } from './report';

export interface FrictionFilter {
  /** ISO dates; conversations without a date are kept only without a range. */
  since?: string;
  until?: string;
  channel?: string;
  language?: string;
}


const COLUMNS = ['key', 'customer_id', 'started_ms', 'escalated', 'repeat_contact', 'resolved', 'handle_seconds', 'escalation_turn', 'turn_count', 'csat', 'customer_text', 'channel', 'language'];

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined || !Number.isFinite(Number(value)) ? null : Number(value));

/** A conversation's facts before its topic is known, with what the filters look at. */
type StoredFacts = Omit<ConversationFacts, 'topicId'> & { channel: unknown; language: unknown };

/**
 * The last workspace's stored facts, by the transcripts table version they were read at: reading and
 * scoring the sentiment of every conversation is the slow part (seconds at 100k), and each filter
 * change of the Insights screen would repeat it. Topic assignments are joined on every call.
 */
let cached: { dir: string; version: number; facts: StoredFacts[] } | null = null;

async function storedFacts(ws: Workspace): Promise<StoredFacts[]> {
  const version = await (await ws.table('transcripts')).version();
  if (cached?.dir === ws.dir && cached.version === version) return cached.facts;
  const facts: StoredFacts[] = [];
  for await (const rows of iterateTranscripts(ws, COLUMNS)) {
    for (const row of rows) {
      const resolved = numberOrNull(row.resolved);
      facts.push({
        key: String(row.key),
        startedMs: numberOrNull(row.started_ms),
        customerId: typeof row.customer_id === 'string' && row.customer_id ? row.customer_id : null,
        escalated: Boolean(row.escalated),
        repeatContact: Boolean(row.repeat_contact),
        negative: isNegative(numberOrNull(row.csat), typeof row.customer_text === 'string' ? row.customer_text : ''),
        resolved: resolved === null ? null : resolved === 1,
        handleSeconds: numberOrNull(row.handle_seconds),
        escalationTurn: numberOrNull(row.escalation_turn),
        turnCount: numberOrNull(row.turn_count) ?? 0,
        channel: row.channel,
        language: row.language,
      });
    }
  }
  cached = { dir: ws.dir, version, facts };
  return facts;
}

/** The facts friction needs for every conversation with a topic that passes the filter. */
export async function loadFacts(ws: Workspace, filter: FrictionFilter = {}): Promise<ConversationFacts[]> {
  const assignments = await loadAssignments(ws);
  const sinceMs = filter.since ? Date.parse(filter.since) : null;
  const untilMs = filter.until ? Date.parse(filter.until) : null;
  const facts: ConversationFacts[] = [];
  for (const stored of await storedFacts(ws)) {
    const { startedMs } = stored;
    if (sinceMs !== null && (startedMs === null || startedMs < sinceMs)) continue;
    if (untilMs !== null && (startedMs === null || startedMs >= untilMs)) continue;
    if (filter.channel && stored.channel !== filter.channel) continue;
    if (filter.language && stored.language !== filter.language) continue;
    const { channel: _channel, language: _language, ...rest } = stored;
    facts.push({ ...rest, topicId: assignments.get(stored.key)?.topicId ?? OUTLIER_TOPIC_ID });
  }
  return facts;
}

/** The ranked friction table of a workspace (its topics must be discovered). Hidden topics are left out. */
export async function workspaceFriction(ws: Workspace, filter: FrictionFilter = {}, matchArticle?: (topicId: string) => ArticleMatch | null): Promise<FrictionReport> {
  return frictionOfFacts(ws, await loadFacts(ws, filter), matchArticle);
}

/** The ranked friction table of conversations already loaded with `loadFacts`. */
export async function frictionOfFacts(ws: Workspace, loaded: readonly ConversationFacts[], matchArticle?: (topicId: string) => ArticleMatch | null): Promise<FrictionReport> {
  const [topics, articles] = await Promise.all([loadTopics(ws), articleSummaries(ws)]);
  const current = currentMatches(topics, articles);
  const hidden = new Set(topics.filter((t) => t.hidden).map((t) => t.id));
  const facts = loaded.map((f) => (hidden.has(f.topicId) ? { ...f, topicId: OUTLIER_TOPIC_ID } : f));
  const settings = ws.settings();
  return frictionReport(facts, {
    weights: settings.frictionWeights,
    trendRecentDays: settings.trendRecentDays,
    trendBaselineDays: settings.trendBaselineDays,
    labels: new Map(topics.map((t) => [t.id, t.label])),
    matchArticle: matchArticle ?? ((topicId) => current.get(topicId) ?? null),
    coveredSimilarity: COVERED_SIMILARITY,
  });
}
