import { isJobFinished, type Job } from '../../../shared/domain/jobs';
import {
  embedWorkspaceResultSchema,
  type EmbedWorkspaceParams,
} from '../../../shared/domain/embed';
import { GleanerError } from '../../../shared/errors';
import type { AppCore } from '../app-core';
import { catalogueEntry } from '../embed/catalogue';
import { importModelFolder } from '../embed/models/import';
import { listModels } from '../embed/models/list';
import { countDocuments } from '../embed/sources';
import { embedStatus } from '../embed/status';
import { readSearchState } from '../search/state';
import type { Workspace } from '../workspace/workspace';
import type { Handlers } from './types';

/** The embedding job running for this workspace, if any (the manager lists only this process's jobs). */
async function runningEmbedJob(core: AppCore): Promise<Job | undefined> {
  return (await core.jobs.list(null)).find(
    (job) => job.kind === 'embed.workspace' && !isJobFinished(job),
  );
}

/**
 * Starts `embed.workspace`; when it completes, the model it used becomes the workspace's setting
 * (the search index itself swapped inside the job). A cancelled or failed job changes nothing.
 */
export async function startEmbedJob(
  core: AppCore,
  ws: Workspace,
  params: EmbedWorkspaceParams,
): Promise<Job> {
  // The newest request wins: a build still running (e.g. the first automatic one) is cancelled.
  const running = await runningEmbedJob(core);
  if (running) core.jobs.cancel(running.id);
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

const ensuring = new Map<string, Promise<Job | null>>();

/**
 * Starts the first embedding of a workspace that has documents but no search index yet (a fresh
 * import or the demo): the first search triggers it, and answers as soon as it completes.
 * Returns the running job, if any.
 */
export function ensureSearchIndex(core: AppCore, ws: Workspace): Promise<Job | null> {
  let pending = ensuring.get(ws.dir);
  if (!pending) {
    pending = (async () => {
      if ((await readSearchState(ws.dir)).active) return null;
      const running = await runningEmbedJob(core);
      if (running) return running;
      if ((await countDocuments(ws)) === 0) return null;
      return startEmbedJob(core, ws, {});
    })().finally(() => ensuring.delete(ws.dir));
    ensuring.set(ws.dir, pending);
  }
  return pending;
}

/** Starts a re-embedding with the workspace's model unless one is already running. */
export async function rebuildIfIdle(core: AppCore, ws: Workspace): Promise<void> {
  if (!(await runningEmbedJob(core))) await startEmbedJob(core, ws, {});
}

export const embedHandlers: Handlers<
  'embed:status' | 'embed:models' | 'embed:importModel' | 'embed:start' | 'embed:download'
> = {
  'embed:status': async (_input, core) => {
    const ws = core.requireWorkspace();
    const status = await embedStatus(ws);
    // The lexical fit runs before the build is recorded: a running job still counts as building.
    if (status.building === null && (await runningEmbedJob(core)))
      return { ...status, building: ws.settings().embeddingModel };
    return status;
  },
  'embed:models': async (_input, core) => {
    const ws = core.requireWorkspace();
    return listModels(ws.modelsDir, (await readSearchState(ws.dir)).active?.model ?? null);
  },
  'embed:importModel': async (input, core) => {
    const ws = core.requireWorkspace();
    const model = await importModelFolder(ws.modelsDir, input.dir);
    return {
      id: model.id,
      job: input.activate ? await startEmbedJob(core, ws, { model: model.id }) : null,
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
