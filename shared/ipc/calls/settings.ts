import { z } from 'zod';
import { call } from '../define';
import { settingsPatchSchema, settingsSchema } from '../../domain/settings';

export const settingsCalls = {
  'settings:get': call(z.object({}), settingsSchema),
  'settings:set': call(settingsPatchSchema, settingsSchema),
};
