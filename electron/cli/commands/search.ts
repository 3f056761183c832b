import type { DocumentKind } from '../../../shared/domain/search';
import { freshenArticles } from '../../core/search/article-sync';
import { searchDocuments } from '../../core/search/query';
import { readSearchState } from '../../core/search/state';
import { syncTranscripts } from '../../core/search/transcript-sync';
import { embedStatus } from '../../core/embed/status';
import type { Command } from '../command';

/** Draws highlight ranges as [brackets] for a terminal. */
const marked = (text: string, highlights: ReadonlyArray<readonly [number, number]>): string => {
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
};

export const searchCommand: Command = {
  path: ['search'],
  summary: 'Search conversations and articles (hybrid: vectors + full text), in any language.',
  usage:
    '"QUERY" [--limit N] [--kind transcript|article] [--language L] [--channel C] [--mode hybrid|vector|text]',
  options: {
    limit: { type: 'string', default: '10' },
    kind: { type: 'string' },
    language: { type: 'string' },
    channel: { type: 'string' },
    mode: { type: 'string', default: 'hybrid' },
  },
  help: [
    '--limit N  how many hits (default 10)',
    '--kind K  only transcripts or only articles',
    '--mode M  hybrid (default), vector or text',
  ],
  positionals: true,
  async run(ctx, args) {
    const query = args.positionals.join(' ').trim();
    if (!query) throw new Error('give a query, e.g. gleaner search "card not arrived"');
    const v = args.values as Record<string, string | undefined>;
    const ws = await ctx.workspace();
    const status = await embedStatus(ws);
    if (status.documents === 0) ctx.io.err('Nothing is indexed yet: run `gleaner embed` first.');
    else if (status.lexicalOnly)
      ctx.io.err('Searching with the built-in lexical embedder (no neural model in use).');
    const kinds: DocumentKind[] | undefined =
      v.kind === 'transcript' || v.kind === 'article' ? [v.kind] : undefined;
    await freshenArticles(ws, kinds);
    const { active } = await readSearchState(ws.dir);
    if (active && (!kinds || kinds.includes('transcript'))) {
      const { backlog } = await syncTranscripts(ws, active);
      if (backlog > 0)
        ctx.io.err(`${backlog} conversations imported since the last build are not searchable yet: run \`gleaner embed\`.`);
    }
    const hits = await searchDocuments(ws, {
      query,
      limit: Math.max(1, Math.min(100, Number(v.limit ?? 10) || 10)),
      kinds,
      filters: { language: v.language, channel: v.channel },
      mode: v.mode === 'vector' || v.mode === 'text' ? v.mode : 'hybrid',
    });
    for (const hit of hits) {
      ctx.io.out(`${hit.score.toFixed(4)}  ${hit.kind.padEnd(10)} ${hit.id}`);
      ctx.io.out(`        ${marked(hit.snippet, hit.highlights)}`);
    }
    if (hits.length === 0) ctx.io.out('No results.');
    return hits;
  },
};
