import { GleanerError } from '../../../shared/errors';
import { buildDemoWorkspace } from '../../core/demo/build';
import { DEFAULT_DEMO_CONVERSATIONS, DEFAULT_DEMO_SEED } from '../../core/demo/generate';
import { countTranscripts } from '../../core/transcripts/store';
import { generateDrafts } from '../../core/drafts/generate';
import { workspaceFriction } from '../../core/friction/workspace';
import { ensureTopics } from '../../core/topics/ensure';
import type { Command } from '../command';
import { frictionJsonRow, printFrictionTable } from './friction';

const DEMO_DRAFTS = 5;

const integer = (
  value: unknown,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new GleanerError(
      'E_VALIDATION',
      `--${name} takes a whole number from ${min} to ${max}, got "${String(value)}"`,
    );
  return n;
};

const percent = (rate: number): string => `${Math.round(rate * 100)}%`.padStart(4);

export const demoCommand: Command = {
  path: ['demo'],
  summary:
    'Build the Northwind Mobile demo workspace: bilingual conversations, seed articles and the planted truth.',
  usage: '[--seed N] [--conversations N]',
  options: { seed: { type: 'string' }, conversations: { type: 'string' } },
  help: [
    `--seed N  the random seed (default: ${DEFAULT_DEMO_SEED}); the same seed gives the same data`,
    `--conversations N  how many conversations (default: ${DEFAULT_DEMO_CONVERSATIONS})`,
  ],
  async run(ctx, args) {
    const seed = integer(args.values.seed, 'seed', DEFAULT_DEMO_SEED, 0, 2 ** 32 - 1);
    const conversations = integer(
      args.values.conversations,
      'conversations',
      DEFAULT_DEMO_CONVERSATIONS,
      1,
      200_000,
    );
    const ws = await ctx.core.createWorkspace(ctx.workspaceDir, {
      name: 'Northwind Mobile (demo)',
      isDemo: true,
    });
    // Demo conversations must never mix into someone's real data.
    if (!ws.isDemo && (await countTranscripts(ws)) > 0) {
      throw new GleanerError(
        'E_CONFLICT',
        `${ws.dir} already holds conversations and is not a demo workspace; choose another folder with --workspace DIR.`,
      );
    }
    const result = await buildDemoWorkspace(ws, { seed, conversations }, (done, total, phase) =>
      ctx.io.progress(phase, done, total),
    );
    const { truth, transcripts, articles, files } = result;
    ctx.io.out(`Demo workspace at ${ws.dir} (seed ${seed})`);
    ctx.io.out(
      `conversations ${truth.conversations} · imported ${transcripts.imported} · already there ${transcripts.duplicates} · rejected ${transcripts.rejected}`,
    );
    ctx.io.out(
      `languages  ${Object.entries(truth.byLanguage)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · ')}`,
    );
    ctx.io.out(
      `channels   ${Object.entries(truth.byChannel)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · ')}`,
    );
    ctx.io.out(`customers  ${truth.customers}`);
    ctx.io.out('');
    ctx.io.out(`${'issue'.padEnd(22)} ${'convs'.padStart(5)}  esc  rep  neg  rank  article`);
    for (const issue of [...truth.issues].sort((a, b) => a.frictionRank - b.frictionRank)) {
      ctx.io.out(
        `${issue.key.padEnd(22)} ${String(issue.conversations).padStart(5)} ${percent(issue.escalationRate)} ${percent(issue.repeatRate)} ${percent(issue.negativeRate)}  ${String(issue.frictionRank).padStart(4)}  ${issue.covered ? issue.articleIds.join(', ') : '-'}`,
      );
    }
    ctx.io.out('');
    ctx.io.out(
      `seed articles: ${files.articles.length} written to ${files.dir}/articles · imported ${articles.created.length} · already there ${articles.duplicates.length} · failed ${articles.failed.length}`,
    );
    ctx.io.out(`planted truth: ${files.truth}`);

    // What the app shows first: the topics ranked by friction, and drafts for the worst ones.
    await ensureTopics(ws, { progress: (done, total, phase) => ctx.io.progress(`topics:${phase}`, done, total) });
    const friction = await workspaceFriction(ws);
    ctx.io.out('');
    ctx.io.out(`Friction over ${friction.conversations} conversations (${friction.weeks.toFixed(1)} weeks); score = estimated avoidable contacts per week`);
    printFrictionTable(ctx.io.out, friction.topics, 15);
    const drafted = await generateDrafts(ws, { top: DEMO_DRAFTS }, { progress: (done, total, phase) => ctx.io.progress(phase, done, total) });
    ctx.io.out('');
    ctx.io.out(`Drafts for the top ${DEMO_DRAFTS} friction topics:`);
    for (const draft of drafted.drafts) {
      ctx.io.out(`  ${draft.topicId.padEnd(6)} ${draft.title}${draft.updateProposal ? '  (update to an existing article proposed)' : ''}`);
    }
    for (const refusal of drafted.refusals) ctx.io.out(`  ${refusal.topicId.padEnd(6)} not drafted: ${refusal.reason}`);
    return {
      friction: friction.topics.slice(0, 15).map(frictionJsonRow),
      drafts: drafted.drafts.map((d) => ({ topic_id: d.topicId, title: d.title })),
      workspace: ws.dir,
      seed,
      conversations: truth.conversations,
      byLanguage: truth.byLanguage,
      byChannel: truth.byChannel,
      customers: truth.customers,
      issues: truth.issues.map(
        ({
          key,
          title_en,
          title_zh,
          conversations: count,
          byLanguage,
          escalationRate,
          repeatRate,
          negativeRate,
          covered,
          frictionRank,
        }) => ({
          key,
          title_en,
          title_zh,
          conversations: count,
          byLanguage,
          escalationRate,
          repeatRate,
          negativeRate,
          covered,
          frictionRank,
        }),
      ),
      import: {
        imported: transcripts.imported,
        duplicates: transcripts.duplicates,
        rejected: transcripts.rejected,
      },
      articles: {
        created: articles.created.length,
        duplicates: articles.duplicates.length,
        failed: articles.failed,
      },
      files,
    };
  },
};
