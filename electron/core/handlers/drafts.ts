import { discardDraft, getDraft, listDrafts, updateDraft } from '../drafts/store';
import { polishDraft } from '../drafts/polish';
import type { Handlers } from './types';

export const draftsHandlers: Handlers<'drafts:list' | 'drafts:get' | 'drafts:generate' | 'drafts:polish' | 'drafts:discard'> = {
  'drafts:list': async (_input, core) => listDrafts(core.requireWorkspace()),
  'drafts:get': async (input, core) => getDraft(core.requireWorkspace(), input.id),
  'drafts:generate': async (input, core) => core.jobs.start(core.requireWorkspace(), 'drafts.generate', input).job,
  'drafts:polish': async (input, core) => {
    const ws = core.requireWorkspace();
    const result = await polishDraft(await getDraft(ws, input.id), { endpoint: input.endpoint, model: input.model });
    await updateDraft(ws, result.draft);
    return result;
  },
  'drafts:discard': async (input, core) => ({ discarded: await discardDraft(core.requireWorkspace(), input.id) }),
};
