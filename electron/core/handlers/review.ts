import { getArticle } from '../articles/store';
import { addComment, listComments, resolveThread } from '../review/comments';
import { reviewDashboard } from '../review/dashboard';
import { listDecisions } from '../review/decisions';
import { markNotificationsRead, notificationsFor } from '../review/notifications';
import { loadQueue } from '../review/queue';
import { reviewSources } from '../review/sources';
import { decide, transitionArticle } from '../review/transition';
import type { Handlers } from './types';

type ReviewChannel =
  | 'review:transition'
  | 'review:decide'
  | 'review:decisions'
  | 'review:queue'
  | 'review:sources'
  | 'review:dashboard'
  | 'review:notifications'
  | 'review:markRead'
  | 'comments:list'
  | 'comments:add'
  | 'comments:resolve';

export const reviewHandlers: Handlers<ReviewChannel> = {
  'review:transition': async (input, core) => transitionArticle(core.requireWorkspace(), await core.currentPerson(), input),
  'review:decide': async (input, core) => decide(core.requireWorkspace(), await core.currentPerson(), input),
  'review:decisions': async (input, core) => listDecisions(core.requireWorkspace(), input.articleId),
  'review:queue': async (input, core) => loadQueue(core.requireWorkspace(), await core.currentPerson(), input),
  'review:sources': async (input, core) => reviewSources(core.requireWorkspace(), input.articleId),
  'review:dashboard': async (_input, core) => reviewDashboard(core.requireWorkspace()),
  'review:notifications': async (_input, core) => notificationsFor(core.requireWorkspace(), await core.currentPerson()),
  'review:markRead': async (input, core) => {
    await markNotificationsRead(core.requireWorkspace(), await core.currentPerson(), input.seq);
    return {};
  },
  'comments:list': async (input, core) => listComments(core.requireWorkspace(), input.articleId),
  'comments:add': async (input, core) => {
    const ws = core.requireWorkspace();
    await getArticle(ws, input.articleId);
    return addComment(ws, await core.currentPerson(), input);
  },
  'comments:resolve': async (input, core) => {
    await resolveThread(core.requireWorkspace(), await core.currentPerson(), input.articleId, input.threadId, input.resolved);
    return {};
  },
};
