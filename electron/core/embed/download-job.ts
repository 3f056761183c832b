import { z } from 'zod';
import { GleanerError } from '../../../shared/errors';
import type { JobContext } from '../jobs/types';
import { catalogueEntry } from './catalogue';
import { downloadModel } from './models/download';

export const downloadParamsSchema = z.object({
  id: z.string().min(1),
  baseUrl: z.string().url().optional(),
});

/** Job `embed.download`: fetches a catalogue model into the workspace, if the user allowed it. */
export async function downloadModelJob(
  ctx: JobContext,
  rawParams: unknown,
): Promise<{ id: string; dir: string }> {
  const params = downloadParamsSchema.parse(rawParams ?? {});
  const entry = catalogueEntry(params.id);
  if (!entry) throw new GleanerError('E_NOT_FOUND', `${params.id} is not in the model catalogue.`);
  const model = await downloadModel(ctx.workspace.modelsDir, entry, {
    allowed: ctx.workspace.settings().allowModelDownload,
    baseUrl: params.baseUrl ?? process.env.GLEANER_MODEL_MIRROR,
    signal: ctx.signal,
    progress: (done, total, file) => ctx.progress(done, total, `download:${file}`),
  });
  return { id: model.id, dir: model.dir };
}
