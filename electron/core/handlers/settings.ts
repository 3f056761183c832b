import { mergeSettingsPatch } from '../../../shared/domain/settings';
import { recomputeRepeatContacts } from '../transcripts/store';
import type { Handlers } from './types';

export const settingsHandlers: Handlers<'settings:get' | 'settings:set'> = {
  'settings:get': async (_input, core) => core.requireWorkspace().settings(),
  'settings:set': async (input, core) => {
    const ws = core.requireWorkspace();
    const before = ws.settings();
    const settings = await ws.updateSettings(mergeSettingsPatch(before, input));
    core.emit('settings:changed', settings);
    // Repeat flags are stored per conversation at import: a new window re-flags the workspace.
    if (settings.repeatWindowDays !== before.repeatWindowDays) {
      const changed = await recomputeRepeatContacts(ws, settings.repeatWindowDays);
      if (changed > 0) core.emit('workspace:changed', await ws.info());
    }
    return settings;
  },
};
