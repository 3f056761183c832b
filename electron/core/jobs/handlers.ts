import type { JobHandler } from './types';
import { TABLES } from '../workspace/registry';

/** Every job kind the worker can run. A feature adds its handlers here. */
export const jobHandlers: Record<string, JobHandler> = {
  'workspace.compact': async (ctx) => {
    const total = TABLES.length;
    await ctx.workspace.compact((name, index) => ctx.progress(index, total, `compact:${name}`), ctx.signal);
    ctx.progress(total, total, 'done');
    return { tables: total };
  },
  'workspace.reindex': async (ctx) => {
    const total = TABLES.length;
    let rows = 0;
    for (const [index, def] of TABLES.entries()) {
      if (ctx.signal.aborted) break;
      ctx.progress(index, total, `count:${def.name}`);
      rows += await (await ctx.workspace.table(def.name)).countRows();
    }
    ctx.progress(total, total, 'done');
    return { tables: total, rows };
  },
};
