import type { Job } from '../../../shared/domain/jobs';
import {
  embedWorkspaceResultSchema,
  type EmbedWorkspaceParams,
} from '../../../shared/domain/embed';
import { GleanerError } from '../../../shared/errors';
import type { AppCore } from '../app-core';
import { catalogueEntry } from '../embed/catalogue';
import { importModelFolder } from '../embed/models/import';
import { listModels } from '../embed/models/list';
import { embedStatus } from '../embed/status';
import { readSearchState } from '../search/state';
import type { Workspace } from '../workspace/workspace';
import type { Handlers } from './types';

/**
 * Starts `embed.workspace`; when it completes, the model it used becomes the workspace's setting
 * (the search index itself swapped inside the job). A cancelled or failed job changes nothing.
 */
export function startEmbedJob(core: AppCore, ws: Workspace, params: EmbedWorkspaceParams): Job {
  const { job, finished } = core.jobs.start(ws, 'embed.workspace', params);
  void finished.then(async (done) => {
    if (done.state !== 'done' || core.workspace !== ws) return;
    const result = embedWorkspaceResultSchema.safeParse(done.result);
    if (result.success && ws.settings().embeddingModel !== result.data.model) {
      core.emit('settings:changed', await ws.updateSettings({ embeddingModel: result.data.model }));
    }
  });
  return job;
}

export const embedHandlers: Handlers<
  'embed:status' | 'embed:models' | 'embed:importModel' | 'embed:start' | 'embed:download'
> = {
  'embed:status': async (_input, core) => embedStatus(core.requireWorkspace()),
  'embed:models': async (_input, core) => {
    const ws = core.requireWorkspace();
    return listModels(ws.modelsDir, (await readSearchState(ws.dir)).active?.model ?? null);
  },
  'embed:importModel': async (input, core) => {
    const ws = core.requireWorkspace();
    const model = await importModelFolder(ws.modelsDir, input.dir);
    return {
      id: model.id,
      job: input.activate ? startEmbedJob(core, ws, { model: model.id }) : null,
    };
  },
  'embed:start': async (input, core) => startEmbedJob(core, core.requireWorkspace(), input),
  'embed:download': async (input, core) => {
    const ws = core.requireWorkspace();
    if (!catalogueEntry(input.id))
      throw new GleanerError('E_NOT_FOUND', `${input.id} is not in the model catalogue.`);
    if (!ws.settings().allowModelDownload)
      throw new GleanerError('E_FORBIDDEN', 'Allow model downloads in Settings › Models first.');
    return core.jobs.start(ws, 'embed.download', { id: input.id }).job;
  },
};
