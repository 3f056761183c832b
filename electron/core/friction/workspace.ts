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

/** A conversation's facts with what the filters look at. */
type FilterableFacts = ConversationFacts & { channel: unknown; language: unknown };

/** One literal, so that every fact has the same shape: objects made by rest/spread fall into dictionary mode, which made the friction report 10× slower. */
const factsOf = (row: Record<string, unknown>, topicId: string): FilterableFacts => {
  const resolved = numberOrNull(row.resolved);
  return {
    key: String(row.key),
    topicId,
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
  };
};

const withTopic = (f: ConversationFacts & { channel?: unknown; language?: unknown }, topicId: string): FilterableFacts => ({
  key: f.key,
  topicId,
  startedMs: f.startedMs,
  customerId: f.customerId,
  escalated: f.escalated,
  repeatContact: f.repeatContact,
  negative: f.negative,
  resolved: f.resolved,
  handleSeconds: f.handleSeconds,
  escalationTurn: f.escalationTurn,
  turnCount: f.turnCount,
  channel: f.channel,
  language: f.language,
});

/**
 * The last workspace's facts: as stored, by the transcripts table version (reading every conversation
 * and scoring its sentiment take seconds at 100,000), and joined with their topics, by the topic
 * assignments version too. Every filter change of the Insights screen would repeat both otherwise.
 */
let cached: { dir: string; version: number; stored: FilterableFacts[]; assigned: { version: number; facts: FilterableFacts[] } | null } | null = null;

async function filterableFacts(ws: Workspace): Promise<FilterableFacts[]> {
  const [transcripts, assignmentTable] = await Promise.all([ws.table('transcripts'), ws.table('topic_assignments')]);
  const [version, assignedVersion] = await Promise.all([transcripts.version(), assignmentTable.version()]);
  if (cached?.dir !== ws.dir || cached.version !== version) {
    const stored: FilterableFacts[] = [];
    for await (const rows of iterateTranscripts(ws, COLUMNS)) for (const row of rows) stored.push(factsOf(row, OUTLIER_TOPIC_ID));
    cached = { dir: ws.dir, version, stored, assigned: null };
  }
  if (cached.assigned?.version === assignedVersion) return cached.assigned.facts;
  const assignments = await loadAssignments(ws);
  const facts = cached.stored.map((f) => withTopic(f, assignments.get(f.key)?.topicId ?? OUTLIER_TOPIC_ID));
  cached.assigned = { version: assignedVersion, facts };
  return facts;
}

/** The facts friction needs for every conversation with a topic that passes the filter. */
export async function loadFacts(ws: Workspace, filter: FrictionFilter = {}): Promise<ConversationFacts[]> {
  const sinceMs = filter.since ? Date.parse(filter.since) : null;
  const untilMs = filter.until ? Date.parse(filter.until) : null;
  return (await filterableFacts(ws)).filter(
    ({ startedMs, channel, language }) =>
      !(sinceMs !== null && (startedMs === null || startedMs < sinceMs)) &&
      !(untilMs !== null && (startedMs === null || startedMs >= untilMs)) &&
      !(filter.channel && channel !== filter.channel) &&
      !(filter.language && language !== filter.language),
  );
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
  const facts = hidden.size === 0 ? loaded : loaded.map((f) => (hidden.has(f.topicId) ? withTopic(f, OUTLIER_TOPIC_ID) : f));
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
