import { freshenArticles } from '../search/article-sync';
import { searchDocuments, similarDocuments } from '../search/query';
import { ensureSearchIndex } from './embed';
import type { Handlers } from './types';

export const searchHandlers: Handlers<'search:query' | 'search:similar'> = {
  'search:query': async (input, core) => {
    const ws = core.requireWorkspace();
    await ensureSearchIndex(core, ws);
    await freshenArticles(ws, input.kinds);
    return searchDocuments(ws, input);
  },
  'search:similar': async (input, core) => {
    const ws = core.requireWorkspace();
    await freshenArticles(ws, [input.kind, ...(input.kinds ?? [])]);
    return similarDocuments(ws, input);
  },
};
