import type { Command } from '../command';

export const workspaceInit: Command = {
  path: ['workspace', 'init'],
  summary: 'Create a workspace (or open it if it exists).',
  usage: '[--name NAME]',
  options: { name: { type: 'string' } },
  help: ['--name NAME  display name (default: the folder name)'],
  async run(ctx, args) {
    const name = typeof args.values.name === 'string' ? args.values.name : undefined;
    const workspace = await ctx.core.createWorkspace(ctx.workspaceDir, { name });
    const info = await workspace.info();
    ctx.io.out(`Workspace "${info.name}" ready at ${info.dir}`);
    return info;
  },
};

export const workspaceInfo: Command = {
  path: ['workspace', 'info'],
  summary: 'Show a workspace: schema version and row count of each table.',
  usage: '',
  options: {},
  help: [],
  async run(ctx) {
    const info = await (await ctx.workspace()).info();
    ctx.io.out(`${info.name}  ${info.dir}  (format ${info.formatVersion}${info.isDemo ? ', demo' : ''})`);
    const width = Math.max(5, ...info.tables.map((t) => t.name.length));
    ctx.io.out(`${'table'.padEnd(width)}  schema      rows`);
    for (const table of info.tables) {
      ctx.io.out(`${table.name.padEnd(width)}  ${String(table.schemaVersion).padStart(6)}  ${String(table.rows).padStart(8)}`);
    }
    return info;
  },
};
