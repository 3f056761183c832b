import { DEFAULT_MARKDOWN_LAYOUT, EXPORT_TARGETS, MARKDOWN_LAYOUTS, exportTargetSchema, isRemoteTarget, markdownLayoutSchema, type ExportReport } from '../../../shared/domain/export';
import { exportRefusal } from '../../../shared/domain/permissions';
import { GleanerError } from '../../../shared/errors';
import { credentialEnvNames, envCredentialStore } from '../../core/export/credentials';
import { CommandFailed, type Command } from '../command';

function printReport(out: (line: string) => void, report: ExportReport): void {
  const c = report.counts;
  out(`${report.dryRun ? 'Dry run: would create' : 'Created'} ${c.created} · ${report.dryRun ? 'update' : 'updated'} ${c.updated} · unchanged ${c.unchanged} · failed ${c.failed}${report.cancelled ? ' · cancelled' : ''} → ${report.destination}`);
  for (const item of report.items) {
    out(`  ${item.action.padEnd(9)} ${item.status.padEnd(7)} ${item.language.padEnd(5)} ${item.title}${item.error ? `  (${item.error})` : ''}`);
  }
}

export const exportCommand: Command = {
  path: ['export'],
  summary: 'Export approved articles to a Markdown folder, a static help center, Zendesk, Intercom, Freshdesk or Salesforce.',
  usage: `--target ${EXPORT_TARGETS.join('|')} (--out DIR | --base-url URL) [--layout ${MARKDOWN_LAYOUTS.join('|')}] [--dry-run] [--all]`,
  options: {
    target: { type: 'string' },
    out: { type: 'string' },
    layout: { type: 'string' },
    'base-url': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
  },
  help: [
    '--target T  where to export',
    '--out DIR  the folder, for markdown, html and salesforce',
    `--layout L  the folder layout of a markdown export: ${MARKDOWN_LAYOUTS.join(' or ')} (default ${DEFAULT_MARKDOWN_LAYOUT})`,
    '--base-url URL  the help center, for zendesk, intercom and freshdesk (HTTPS)',
    '--dry-run  list what would be created, updated or left unchanged, and change nothing',
    '--all  include articles that are not approved yet',
    `credentials come from the environment: ${['zendesk', 'intercom', 'freshdesk'].map((t) => credentialEnvNames(t as 'zendesk')).flat().join(', ')}`,
  ],
  async run(ctx, args) {
    const target = exportTargetSchema.safeParse(args.values.target);
    if (!target.success) throw new GleanerError('E_VALIDATION', `--target must be one of ${EXPORT_TARGETS.join(', ')}`);
    const layout = markdownLayoutSchema.safeParse(args.values.layout ?? DEFAULT_MARKDOWN_LAYOUT);
    if (!layout.success) throw new GleanerError('E_VALIDATION', `--layout must be one of ${MARKDOWN_LAYOUTS.join(', ')}`);
    if (args.values.layout !== undefined && target.data !== 'markdown') throw new GleanerError('E_VALIDATION', '--layout applies to --target markdown only');
    const outDir = typeof args.values.out === 'string' ? args.values.out : undefined;
    const baseUrl = typeof args.values['base-url'] === 'string' ? args.values['base-url'] : undefined;
    const remote = isRemoteTarget(target.data);
    if (!remote && !outDir) throw new GleanerError('E_VALIDATION', `--target ${target.data} needs --out DIR`);
    const credentials = remote ? await envCredentialStore(ctx.env, baseUrl).get(target.data) : null;
    if (remote && !credentials) {
      throw new GleanerError('E_VALIDATION', `--target ${target.data} needs --base-url and ${credentialEnvNames(target.data as 'zendesk').filter((n) => !n.endsWith('_URL')).join(' and ')} in the environment`);
    }
    const ws = await ctx.workspace();
    const person = await ctx.core.currentPerson();
    const run = { includeUnapproved: args.values.all === true, dryRun: args.values['dry-run'] === true };
    const refusal = exportRefusal(person, run);
    if (refusal) throw new GleanerError('E_FORBIDDEN', refusal);
    const report = await ctx.core.jobs.run<ExportReport>(ws, 'export.run', {
      target: target.data,
      outDir,
      layout: layout.data,
      ...run,
      credentials,
      actor: { id: person.id, name: person.name },
    });
    printReport(ctx.io.out, report);
    if (report.counts.failed > 0) throw new CommandFailed('E_NETWORK', `${report.counts.failed} article(s) failed to export`, report);
    return report;
  },
};
