import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { OUTLIER_TOPIC_ID } from '../../../shared/domain/topics';
import { GleanerError } from '../../../shared/errors';
import { ensureTopics } from '../../core/topics/ensure';
import { loadAssignments, loadTopics } from '../../core/topics/store';
import { iterateTranscripts } from '../../core/transcripts/store';
import type { Command } from '../command';

const csvCell = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export const topicsCommand: Command = {
  path: ['topics'],
  summary: 'Discover the topics of the conversations (embeds what is missing first) and list them.',
  usage: '[--granularity N] [--rerun] [--assignments FILE.csv]',
  options: { granularity: { type: 'string' }, rerun: { type: 'boolean' }, assignments: { type: 'string' } },
  help: [
    '--granularity N         more (N > 1) or fewer (N < 1) topics than chosen automatically (default 1)',
    '--rerun                 discover again even if nothing changed',
    '--assignments FILE.csv  write transcript_id,topic_id for every conversation (ids as imported)',
  ],
  async run(ctx, args) {
    const raw = args.values.granularity;
    const granularity = typeof raw === 'string' ? Number(raw) : undefined;
    if (granularity !== undefined && !(granularity >= 0.1 && granularity <= 10)) throw new GleanerError('E_VALIDATION', '--granularity must be a number from 0.1 to 10');
    const ws = await ctx.workspace();
    const { run } = await ensureTopics(ws, { granularity, force: args.values.rerun === true, progress: (done, total, phase) => ctx.io.progress(phase, done, total) });
    const topics = await loadTopics(ws);
    ctx.io.out(`${run.topics} topics over ${run.conversations} conversations (${run.outliers} outliers, embedder ${run.embedder}, granularity ${run.granularity})`);
    for (const t of topics) ctx.io.out(`${t.id.padEnd(6)} ${String(t.size).padStart(7)}  ${t.hidden ? '(hidden) ' : ''}${t.label}`);

    if (typeof args.values.assignments === 'string') {
      const assignments = await loadAssignments(ws);
      const lines = ['transcript_id,topic_id'];
      for await (const rows of iterateTranscripts(ws, ['key', 'external_id'])) {
        for (const row of rows) lines.push(`${csvCell(String(row.external_id))},${assignments.get(String(row.key))?.topicId ?? OUTLIER_TOPIC_ID}`);
      }
      const file = resolve(args.values.assignments);
      await writeFile(file, `${lines.join('\n')}\n`, 'utf8');
      ctx.io.err(`wrote ${lines.length - 1} assignments to ${file}`);
    }
    return {
      run,
      topics: topics.map((t) => ({ topic_id: t.id, label: t.label, terms: t.terms, conversations: t.size, hidden: t.hidden, representative: t.representativeText })),
    };
  },
};
