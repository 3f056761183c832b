import { importOptionsSchema, type ImportReport } from '../../../shared/domain/ingest';
import type { JobHandler } from '../jobs/types';
import { importFiles } from './import';

/** Job `ingest.files`: progress is bytes read of all files (for the ETA); the phase `import:N` carries the rows read (for rows/s). */
export const ingestFilesJob: JobHandler<unknown, ImportReport> = async (ctx, params) => {
  const options = importOptionsSchema.parse(params);
  return importFiles(
    ctx.workspace,
    options,
    (done, total, phase) => ctx.progress(done, total, phase),
    ctx.signal,
  );
};
