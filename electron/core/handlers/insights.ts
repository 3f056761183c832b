import type { TopicsRun } from '../../../shared/domain/topics';
import type { TopicConversation } from '../../../shared/ipc/calls/insights';
import { GleanerError } from '../../../shared/errors';
import { frictionCsv } from '../friction/csv';
import { topicImpact } from '../friction/impact';
import { frictionOfFacts, loadFacts, workspaceFriction } from '../friction/workspace';
import { assignPendingConversations } from '../topics/incremental';
import { applyMetadataEdit, lastRun, loadAssignments, loadTopics } from '../topics/store';
import type { StoredTopic } from '../topics/store';
import { iterateTranscripts } from '../transcripts/store';
import type { Workspace } from '../workspace/workspace';
import type { Handlers } from './types';

const summary = ({ centroid: _c, floor: _f, position: _p, article: _a, ...rest }: StoredTopic) => rest;

const EXAMPLES = 20;
const UTTERANCES = 6;
const SNIPPET = 240;

const shorten = (text: string): string => (text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1).trimEnd()}…` : text);

/** The customer line that says most of the topic's terms (the first line on a tie). */
function bestLine(customerText: string, terms: readonly string[]): string {
  const lines = customerText.split('\n').map((l) => l.trim()).filter(Boolean);
  let best = lines[0] ?? '';
  let bestHits = -1;
  for (const line of lines) {
    const lower = line.toLowerCase();
    const hits = terms.filter((term) => lower.includes(term.toLowerCase())).length;
    if (hits > bestHits) [best, bestHits] = [line, hits];
  }
  return best;
}

/** What the topic page lists about some conversations, in the order of `keys`. */
async function describeConversations(ws: Workspace, keys: readonly string[], terms: readonly string[]): Promise<{ conversations: TopicConversation[]; lines: Map<string, string> }> {
  const wanted = new Set(keys);
  const found = new Map<string, TopicConversation>();
  const lines = new Map<string, string>();
  if (wanted.size === 0) return { conversations: [], lines };
  for await (const rows of iterateTranscripts(ws, ['key', 'customer_text', 'channel', 'language', 'started_ms', 'escalated'])) {
    for (const row of rows) {
      const key = String(row.key);
      if (!wanted.has(key)) continue;
      const text = typeof row.customer_text === 'string' ? row.customer_text : '';
      const started = row.started_ms === null || row.started_ms === undefined ? null : Number(row.started_ms);
      lines.set(key, bestLine(text, terms));
      found.set(key, {
        key,
        startedAt: started !== null && Number.isFinite(started) ? new Date(started).toISOString() : null,
        channel: typeof row.channel === 'string' ? row.channel : '',
        language: typeof row.language === 'string' ? row.language : '',
        escalated: Boolean(row.escalated),
        snippet: shorten(text.split('\n')[0]?.trim() ?? ''),
      });
    }
  }
  return { conversations: keys.flatMap((key) => found.get(key) ?? []), lines };
}

export const insightsHandlers: Handlers<'insights:topics' | 'insights:topicList' | 'insights:topic' | 'insights:discover' | 'insights:editTopic' | 'insights:impact' | 'insights:exportCsv'> = {
  'insights:topics': async (filter, core) => {
    const ws = core.requireWorkspace();
    const changedConversations = await assignPendingConversations(ws);
    const [run, report] = await Promise.all([lastRun(ws), workspaceFriction(ws, filter)]);
    return { run, report, changedConversations };
  },
  'insights:topicList': async (_input, core) => (await loadTopics(core.requireWorkspace())).map(summary),
  'insights:topic': async ({ topicId, ...filter }, core) => {
    const ws = core.requireWorkspace();
    await assignPendingConversations(ws);
    const topic = (await loadTopics(ws)).find((t) => t.id === topicId);
    if (!topic) throw new GleanerError('E_NOT_FOUND', `No topic ${topicId}.`);
    const all = await loadFacts(ws, filter);
    const report = await frictionOfFacts(ws, all);
    const assignments = await loadAssignments(ws);
    const facts = all.filter((f) => f.topicId === topicId);
    const closest = [...facts].sort((a, b) => (assignments.get(b.key)?.similarity ?? 0) - (assignments.get(a.key)?.similarity ?? 0));
    const representativeKeys = closest.slice(0, EXAMPLES).map((f) => f.key);
    const escalatedKeys = closest.filter((f) => f.escalated).slice(0, EXAMPLES).map((f) => f.key);
    const { conversations, lines } = await describeConversations(ws, [...new Set([...representativeKeys, ...escalatedKeys])], topic.terms);
    const utterances = [...new Set(representativeKeys.map((key) => shorten(lines.get(key) ?? '')).filter(Boolean))].slice(0, UTTERANCES);
    const rank = report.topics.findIndex((t) => t.topicId === topicId);
    return {
      topic: summary(topic),
      friction: report.topics.find((t) => t.topicId === topicId) ?? null,
      rank: rank >= 0 ? rank + 1 : null,
      ranked: report.topics.length,
      overall: report.overall,
      representativeKeys,
      escalatedKeys,
      conversations,
      utterances,
      total: facts.length,
    };
  },
  'insights:discover': async ({ granularity }, core) => core.jobs.start(core.requireWorkspace(), 'topics.discover', { granularity }).job,
  'insights:editTopic': async (edit, core) => {
    const ws = core.requireWorkspace();
    if (edit.kind === 'rename' || edit.kind === 'hide') {
      await applyMetadataEdit(ws, edit);
      return { run: await lastRun(ws) };
    }
    return { run: await core.jobs.run<TopicsRun>(ws, 'topics.discover', { edit }) };
  },
  'insights:impact': async ({ topicId, windowDays }, core) => topicImpact(core.requireWorkspace(), { topicId, windowDays }),
  'insights:exportCsv': async (filter, core) => frictionCsv(await workspaceFriction(core.requireWorkspace(), filter)),
};
