import type { TopicsRun } from '../../../shared/domain/topics';
import { GleanerError } from '../../../shared/errors';
import { frictionCsv } from '../friction/csv';
import { loadFacts, workspaceFriction } from '../friction/workspace';
import { applyMetadataEdit, lastRun, loadAssignments, loadTopics } from '../topics/store';
import type { StoredTopic } from '../topics/store';
import type { Handlers } from './types';

const summary = ({ centroid: _c, floor: _f, position: _p, article: _a, ...rest }: StoredTopic) => rest;

const EXAMPLES = 20;

export const insightsHandlers: Handlers<'insights:topics' | 'insights:topic' | 'insights:discover' | 'insights:editTopic' | 'insights:exportCsv'> = {
  'insights:topics': async (filter, core) => {
    const ws = core.requireWorkspace();
    const [run, topics, report] = await Promise.all([lastRun(ws), loadTopics(ws), workspaceFriction(ws, filter)]);
    return { run, report, topics: topics.map(summary) };
  },
  'insights:topic': async ({ topicId, ...filter }, core) => {
    const ws = core.requireWorkspace();
    const topic = (await loadTopics(ws)).find((t) => t.id === topicId);
    if (!topic) throw new GleanerError('E_NOT_FOUND', `No topic ${topicId}.`);
    const report = await workspaceFriction(ws, filter);
    const assignments = await loadAssignments(ws);
    const facts = (await loadFacts(ws, filter)).filter((f) => assignments.get(f.key)?.topicId === topicId);
    const closest = [...facts].sort((a, b) => (assignments.get(b.key)?.similarity ?? 0) - (assignments.get(a.key)?.similarity ?? 0));
    return {
      topic: summary(topic),
      friction: report.topics.find((t) => t.topicId === topicId) ?? null,
      representativeKeys: closest.slice(0, EXAMPLES).map((f) => f.key),
      escalatedKeys: closest.filter((f) => f.escalated).slice(0, EXAMPLES).map((f) => f.key),
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
  'insights:exportCsv': async (filter, core) => frictionCsv(await workspaceFriction(core.requireWorkspace(), filter)),
};
