import { getTranscript, listTranscripts } from '../../core/transcripts/store';
import type { Command } from '../command';

export const transcriptsList: Command = {
  path: ['transcripts', 'list'],
  summary: 'List conversations, newest first.',
  usage:
    '[--limit N] [--offset N] [--channel C] [--language L] [--outcome escalated|repeat|resolved|unresolved] [--query TEXT]',
  options: {
    limit: { type: 'string', default: '20' },
    offset: { type: 'string', default: '0' },
    channel: { type: 'string' },
    language: { type: 'string' },
    outcome: { type: 'string' },
    query: { type: 'string' },
  },
  help: [
    '--limit N  how many (default 20)',
    '--query TEXT  only conversations whose customer turns contain TEXT',
  ],
  async run(ctx, args) {
    const v = args.values as Record<string, string | undefined>;
    const page = await listTranscripts(
      await ctx.workspace(),
      {
        channel: v.channel,
        language: v.language,
        query: v.query,
        outcome: v.outcome as 'escalated' | undefined,
      },
      Number(v.offset ?? 0),
      Math.max(1, Math.min(1000, Number(v.limit ?? 20))),
    );
    ctx.io.out(`${page.total} conversations`);
    for (const t of page.items) {
      const flags = [t.escalated ? 'escalated' : '', t.repeatContact ? 'repeat' : '']
        .filter(Boolean)
        .join(',');
      ctx.io.out(
        `${t.key.padEnd(28)} ${(t.startedAt ?? '').slice(0, 16).padEnd(16)} ${(t.channel ?? '-').padEnd(8)} ${t.language.padEnd(5)} ${flags.padEnd(16)} ${t.preview.slice(0, 70)}`,
      );
    }
    return page;
  },
};

export const transcriptsShow: Command = {
  path: ['transcripts', 'show'],
  summary: 'Show one conversation with its turns and outcome.',
  usage: 'KEY',
  options: {},
  help: ['KEY  source:id, as `transcripts list` prints it'],
  positionals: true,
  async run(ctx, args) {
    const [key] = args.positionals;
    if (!key) throw new Error('name a conversation key (source:id)');
    const t = await getTranscript(await ctx.workspace(), key);
    ctx.io.out(
      `${t.key}  ${t.channel ?? ''} ${t.language}  ${t.startedAt ?? ''}  customer ${t.customerId ?? '-'}`,
    );
    ctx.io.out(
      `escalated: ${t.escalated}${t.escalationRule ? ` (${t.escalationRule}, turn ${t.escalationTurn})` : ''} · repeat contact: ${t.repeatContact} · resolved: ${t.resolved ?? 'unknown'} · CSAT: ${t.csat ?? '-'}`,
    );
    t.turns.forEach((turn, i) =>
      ctx.io.out(
        `${i === t.escalationTurn ? '»' : ' '} ${String(i).padStart(3)} ${turn.role.padEnd(8)} ${turn.text.replace(/\s+/g, ' ')}`,
      ),
    );
    return t;
  },
};
