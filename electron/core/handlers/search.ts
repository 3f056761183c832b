import { searchDocuments, similarDocuments } from '../search/query';
import type { Handlers } from './types';

export const searchHandlers: Handlers<'search:query' | 'search:similar'> = {
  'search:query': async (input, core) => searchDocuments(core.requireWorkspace(), input),
  'search:similar': async (input, core) => similarDocuments(core.requireWorkspace(), input),
};
