import { resolve } from 'node:path';
import { articleFilterSchema } from '../../../shared/domain/article';
import { GleanerError } from '../../../shared/errors';
import { importArticlesFolder } from '../../core/articles/import/folder';
import { listArticles } from '../../core/articles/list';
import type { Command } from '../command';

export const articlesList: Command = {
  path: ['articles', 'list'],
  summary: 'List articles, most recently updated first.',
  usage: '[--query TEXT] [--state S] [--tag T] [--owner ID] [--language en|zh-CN] [--review-due]',
  options: {
    query: { type: 'string' },
    state: { type: 'string', multiple: true },
    tag: { type: 'string' },
    owner: { type: 'string' },
    language: { type: 'string' },
    'review-due': { type: 'boolean', default: false },
  },
  help: [
    '--query TEXT  title, tags or body containing TEXT',
    '--state S  draft, in_review, approved, published, needs_review, archived (repeatable)',
    '--review-due  only articles whose review-by date has passed',
  ],
  async run(ctx, args) {
    const v = args.values;
    const filter = articleFilterSchema.parse({
      query: v['query'],
      states: v['state'],
      tag: v['tag'],
      owner: v['owner'],
      language: v['language'],
      reviewDue: v['review-due'] === true ? true : undefined,
    });
    const articles = await listArticles(await ctx.workspace(), filter);
    ctx.io.out(`${articles.length} articles`);
    for (const a of articles) {
      ctx.io.out(`${a.id.slice(0, 8)}  ${a.language.padEnd(5)} ${a.state.padEnd(17)} v${String(a.version).padEnd(4)} review ${a.reviewBy}  ${a.title.slice(0, 70)}`);
    }
    return articles;
  },
};

export const articlesImport: Command = {
  path: ['articles', 'import'],
  summary: 'Import a folder of Markdown (YAML front matter) and HTML files as draft articles; duplicates are reported, not added.',
  usage: 'DIR',
  options: {},
  help: ['DIR  the folder; sub-folders are read too, hidden ones skipped'],
  positionals: true,
  async run(ctx, args) {
    const [dir] = args.positionals;
    if (!dir) throw new GleanerError('E_VALIDATION', 'name the folder to import');
    const report = await importArticlesFolder(await ctx.workspace(), resolve(dir), { id: 'cli' }, (done, total, phase) => ctx.io.progress(phase, done, total));
    ctx.io.out(`imported ${report.created.length} · duplicate ${report.duplicates.length} · failed ${report.failed.length}`);
    for (const d of report.duplicates.slice(0, 20)) ctx.io.out(`  duplicate (${d.reason}): ${d.file} → ${d.existingId}`);
    for (const f of report.failed.slice(0, 20)) ctx.io.out(`  failed: ${f.file}: ${f.message}`);
    return report;
  },
};
