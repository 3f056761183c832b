import type { Handlers } from './types';

export const settingsHandlers: Handlers<'settings:get' | 'settings:set'> = {
  'settings:get': async (_input, core) => core.requireWorkspace().settings(),
  'settings:set': async (input, core) => {
    const settings = await core.requireWorkspace().updateSettings(input);
    core.emit('settings:changed', settings);
    return settings;
  },
};
