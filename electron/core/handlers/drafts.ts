import { discardDraft, getDraft, listDrafts, updateDraft } from '../drafts/store';
import { polishDraft } from '../drafts/polish';
import { appendAudit } from '../audit/log';
import { applyUpdateProposal, openDraftAsArticle } from '../drafts/to-article';
import type { Handlers } from './types';

export const draftsHandlers: Handlers<'drafts:list' | 'drafts:get' | 'drafts:generate' | 'drafts:polish' | 'drafts:open' | 'drafts:discard'> = {
  'drafts:list': async (_input, core) => listDrafts(core.requireWorkspace()),
  'drafts:get': async (input, core) => getDraft(core.requireWorkspace(), input.id),
  'drafts:generate': async (input, core) => core.jobs.start(core.requireWorkspace(), 'drafts.generate', input).job,
  'drafts:polish': async (input, core) => {
    const ws = core.requireWorkspace();
    const result = await polishDraft(await getDraft(ws, input.id), { endpoint: input.endpoint, model: input.model });
    await updateDraft(ws, result.draft);
    return result;
  },
  'drafts:open': async (input, core) => {
    const ws = core.requireWorkspace();
    const actor = await core.currentPerson();
    const opened = input.mode === 'update' ? await applyUpdateProposal(ws, input.id, actor) : await openDraftAsArticle(ws, input.id, actor);
    if (!opened.existing) {
      await appendAudit(ws, {
        actorId: actor.id,
        actorName: actor.name,
        action: input.mode === 'update' ? 'draft_applied_as_update' : 'draft_opened_as_article',
        subjectKind: 'article',
        subjectId: opened.articleId,
        details: { draftId: input.id },
      });
    }
    return opened;
  },
  'drafts:discard': async (input, core) => {
    const ws = core.requireWorkspace();
    const draft = await getDraft(ws, input.id).catch(() => null);
    const discarded = await discardDraft(ws, input.id);
    if (discarded && draft) {
      const actor = await core.currentPerson();
      // The review dashboard's acceptance rate counts these against the AI drafts.
      await appendAudit(ws, { actorId: actor.id, actorName: actor.name, action: 'draft_discarded', subjectKind: 'draft', subjectId: draft.id, details: { topicId: draft.topicId, title: draft.title } });
    }
    return { discarded };
  },
};
