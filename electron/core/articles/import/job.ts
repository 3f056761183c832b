import { z } from 'zod';
import type { ImportReport } from '../../../../shared/domain/article';
import type { JobHandler } from '../../jobs/types';
import { importArticlesFolder } from './folder';

export const articlesImportParamsSchema = z.object({ dir: z.string().min(1), actorId: z.string().default('import') });

/** Job `articles.import`: a folder of Markdown and HTML files, with progress per file. */
export const articlesImportJob: JobHandler<unknown, ImportReport> = async (ctx, params) => {
  const { dir, actorId } = articlesImportParamsSchema.parse(params);
  return importArticlesFolder(ctx.workspace, dir, { id: actorId }, (done, total, phase) => ctx.progress(done, total, phase), ctx.signal);
};
