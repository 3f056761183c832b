import type { DocumentKind } from '../../../shared/domain/search';
import type { AppCore } from '../app-core';
import { freshenArticles } from '../search/article-sync';
import { searchDocuments, similarDocuments } from '../search/query';
import { readSearchState } from '../search/state';
import { syncTranscripts } from '../search/transcript-sync';
import type { Workspace } from '../workspace/workspace';
import { ensureSearchIndex, rebuildIfIdle } from './embed';
import type { Handlers } from './types';

/**
 * Before answering: the first index is started if there is none, saved articles and newly
 * imported conversations are brought into the live index (many new ones start a rebuild).
 */
async function freshen(core: AppCore, ws: Workspace, kinds?: readonly DocumentKind[]): Promise<void> {
  await ensureSearchIndex(core, ws);
  await freshenArticles(ws, kinds);
  if (kinds && !kinds.includes('transcript')) return;
  const { active } = await readSearchState(ws.dir);
  if (!active) return;
  const { backlog } = await syncTranscripts(ws, active);
  if (backlog > 0) await rebuildIfIdle(core, ws);
}

export const searchHandlers: Handlers<'search:query' | 'search:similar'> = {
  'search:query': async (input, core) => {
    const ws = core.requireWorkspace();
    await freshen(core, ws, input.kinds);
    return searchDocuments(ws, input);
  },
  'search:similar': async (input, core) => {
    const ws = core.requireWorkspace();
    await freshen(core, ws, [input.kind, ...(input.kinds ?? [])]);
    return similarDocuments(ws, input);
  },
};
