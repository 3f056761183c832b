import type { Handlers } from './types';

export const jobHandlersIpc: Handlers<'jobs:list' | 'jobs:start' | 'jobs:cancel'> = {
  'jobs:list': async (_input, core) => core.jobs.list(core.workspace),
  'jobs:start': async (input, core) => core.jobs.start(core.requireWorkspace(), input.kind).job,
  'jobs:cancel': async (input, core) => ({ cancelled: core.jobs.cancel(input.id) }),
};
