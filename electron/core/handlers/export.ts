import { EXPORT_TARGETS, isRemoteTarget, type ExportTarget, type ExportTargetStatus } from '../../../shared/domain/export';
import { GleanerError } from '../../../shared/errors';
import type { AppCore } from '../app-core';
import { loadExportArticles } from '../export/articles';
import { envCredentialStore, type CredentialStore } from '../export/credentials';
import { exportHistory, runExport } from '../export/run';
import { createSink } from '../export/sinks';
import type { Handlers } from './types';

const credentialsOf = (core: AppCore): CredentialStore => core.host.credentials ?? envCredentialStore();

async function status(core: AppCore, target: ExportTarget): Promise<ExportTargetStatus> {
  if (!isRemoteTarget(target)) return { target, remote: false, configured: true, destination: null };
  const stored = await credentialsOf(core).get(target);
  return { target, remote: true, configured: stored !== null, destination: stored?.credentials.baseUrl ?? null };
}

async function sinkFor(core: AppCore, input: { target: ExportTarget; outDir?: string }) {
  const credentials = isRemoteTarget(input.target) ? await credentialsOf(core).get(input.target) : null;
  if (isRemoteTarget(input.target) && !credentials) throw new GleanerError('E_VALIDATION', `Connect ${input.target} first: its URL and API token are not set.`);
  return { credentials, sink: createSink({ target: input.target, outDir: input.outDir, credentials }) };
}

export const exportHandlers: Handlers<'export:targets' | 'export:setCredentials' | 'export:plan' | 'export:start' | 'export:history' | 'export:pickFolder'> = {
  'export:targets': async (_input, core) => Promise.all(EXPORT_TARGETS.map((target) => status(core, target))),
  'export:setCredentials': async (input, core) => {
    await credentialsOf(core).set(input);
    return status(core, input.target);
  },
  'export:plan': async (input, core) => {
    const ws = core.requireWorkspace();
    const { sink } = await sinkFor(core, input);
    return runExport(ws, { target: input.target, sink, articles: await loadExportArticles(ws, input), dryRun: true });
  },
  'export:start': async (input, core) => {
    const ws = core.requireWorkspace();
    const { credentials } = await sinkFor(core, input);
    const actor = await core.currentPerson();
    return core.jobs.start(ws, 'export.run', { ...input, dryRun: false, credentials, actor: { id: actor.id, name: actor.name } }).job;
  },
  'export:history': async (_input, core) => exportHistory(core.requireWorkspace()),
  'export:pickFolder': async (_input, core) => (core.host.pickFolder ? core.host.pickFolder() : null),
};
