import type { Handlers } from './types';

export const workspaceHandlers: Handlers<
  'workspace:list' | 'workspace:info' | 'workspace:create' | 'workspace:open' | 'workspace:pickFolder' | 'workspace:startupProblem'
> = {
  'workspace:list': async (_input, core) => {
    const state = await core.appState.read();
    const open = core.workspace?.dir;
    return state.workspaces.map((w) => ({ ...w, isOpen: w.dir === open }));
  },
  'workspace:info': async (_input, core) => (core.workspace ? core.workspace.info() : null),
  'workspace:create': async (input, core) => (await core.createWorkspace(input.dir, { name: input.name })).info(),
  'workspace:open': async (input, core) => (await core.openWorkspace(input.dir)).info(),
  'workspace:pickFolder': async (_input, core) => (core.host.pickFolder ? core.host.pickFolder() : null),
  'workspace:startupProblem': async (_input, core) => core.startupProblem,
};
