import { EXPORT_TARGETS, isRemoteTarget, type ExportCandidate, type ExportTarget, type ExportTargetStatus, type MarkdownLayout } from '../../../shared/domain/export';
import { exportRefusal } from '../../../shared/domain/permissions';
import { GleanerError } from '../../../shared/errors';
import type { AppCore } from '../app-core';
import { listArticles } from '../articles/list';
import { exportsByDefault, loadExportArticles } from '../export/articles';
import { envCredentialStore, type CredentialStore } from '../export/credentials';
import { assertSafeBaseUrl } from '../export/http';
import { lastExports } from '../export/mapping';
import { workspaceMedia } from '../export/media';
import { exportHistory, runExport } from '../export/run';
import { createSink } from '../export/sinks';
import type { Handlers } from './types';

const credentialsOf = (core: AppCore): CredentialStore => core.host.credentials ?? envCredentialStore();

async function status(core: AppCore, target: ExportTarget): Promise<ExportTargetStatus> {
  if (!isRemoteTarget(target)) return { target, remote: false, configured: true, destination: null };
  const stored = await credentialsOf(core).get(target);
  return { target, remote: true, configured: stored !== null, destination: stored?.credentials.baseUrl ?? null };
}

async function sinkFor(core: AppCore, input: { target: ExportTarget; outDir?: string; layout?: MarkdownLayout }) {
  const media = workspaceMedia(core.requireWorkspace());
  const credentials = isRemoteTarget(input.target) ? await credentialsOf(core).get(input.target) : null;
  if (isRemoteTarget(input.target) && !credentials) throw new GleanerError('E_VALIDATION', `Connect ${input.target} first: its URL and API token are not set.`);
  return { credentials, sink: createSink({ target: input.target, outDir: input.outDir, layout: input.layout, credentials, media }) };
}

/** Where a target's mapping rows point: the folder, or the help center's origin (null when not known yet). */
async function destinationOf(core: AppCore, target: ExportTarget, outDir: string | undefined): Promise<string | undefined> {
  if (!isRemoteTarget(target)) return outDir;
  const stored = await credentialsOf(core).get(target);
  if (!stored) return undefined;
  try {
    return assertSafeBaseUrl(stored.credentials.baseUrl).origin;
  } catch {
    return undefined;
  }
}

type ExportChannel =
  | 'export:targets'
  | 'export:setCredentials'
  | 'export:forgetCredentials'
  | 'export:candidates'
  | 'export:plan'
  | 'export:start'
  | 'export:history'
  | 'export:pickFolder'
  | 'export:open';

export const exportHandlers: Handlers<ExportChannel> = {
  'export:targets': async (_input, core) => Promise.all(EXPORT_TARGETS.map((target) => status(core, target))),
  'export:setCredentials': async (input, core) => {
    assertSafeBaseUrl(input.credentials.baseUrl);
    await credentialsOf(core).set(input);
    return status(core, input.target);
  },
  'export:forgetCredentials': async (input, core) => {
    const store = credentialsOf(core);
    if (!store.forget) throw new GleanerError('E_FORBIDDEN', 'Credentials come from environment variables here; unset them to forget.');
    await store.forget(input.target);
    return status(core, input.target);
  },
  'export:candidates': async (input, core) => {
    const ws = core.requireWorkspace();
    const last = await lastExports(ws, input.target, await destinationOf(core, input.target, input.outDir));
    return (await listArticles(ws))
      .filter((a) => a.state !== 'archived')
      .map(
        (a): ExportCandidate => ({
          id: a.id,
          title: a.title,
          language: a.language,
          state: a.state,
          category: a.category,
          updatedAt: a.updatedAt,
          byDefault: exportsByDefault(a.state),
          lastExportedAt: last.get(a.id) ?? null,
        }),
      );
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
    const refusal = exportRefusal(actor, { dryRun: false, includeUnapproved: input.includeUnapproved });
    if (refusal) throw new GleanerError('E_FORBIDDEN', refusal);
    return core.jobs.start(ws, 'export.run', { ...input, dryRun: false, credentials, actor: { id: actor.id, name: actor.name } }).job;
  },
  'export:history': async (_input, core) => exportHistory(core.requireWorkspace()),
  'export:pickFolder': async (_input, core) => (core.host.pickFolder ? core.host.pickFolder() : null),
  'export:open': async (input, core) => {
    const known = (await exportHistory(core.requireWorkspace())).some((report) => report.entry === input.path);
    if (!known) throw new GleanerError('E_NOT_FOUND', 'Only the output of a past export can be opened from here.');
    if (!core.host.openPath) return { opened: false };
    await core.host.openPath(input.path);
    return { opened: true };
  },
};
