import type { JobHandler } from './types';
import { generateDraftsJob } from '../drafts/job';
import { exportJob } from '../export/job';
import { demoBuildJob } from '../demo/job';
import { TABLES } from '../workspace/registry';
import { ingestFilesJob } from '../ingest/job';
import { articlesImportJob } from '../articles/import/job';
import { embedWorkspaceJob } from '../embed/job';
import { downloadModelJob } from '../embed/download-job';
import { discoverTopicsJob } from '../topics/job';

/** Every job kind the worker can run. A feature adds its handlers here. */
export const jobHandlers: Record<string, JobHandler> = {
  'demo.build': demoBuildJob,
  'export.run': exportJob as JobHandler,
  'ingest.files': ingestFilesJob as JobHandler,
  'articles.import': articlesImportJob as JobHandler,
  'embed.workspace': (ctx, params) => embedWorkspaceJob(ctx, params),
  'embed.download': downloadModelJob,
  'drafts.generate': generateDraftsJob as JobHandler,
  'topics.discover': discoverTopicsJob,
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
