import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsPatchSchema, settingsSchema } from '../../../../shared/domain/settings';

describe('settings', () => {
  it('fills defaults for a missing or old settings file', () => {
    expect(settingsSchema.parse({ theme: 'dark' })).toMatchObject({ theme: 'dark', language: 'system', repeatWindowDays: 7 });
    expect(defaultSettings().frictionWeights).toEqual({ escalation: 1, repeat: 1, negative: 0.5 });
  });

  it('parses a patch without inventing the fields it does not name', () => {
    expect(settingsPatchSchema.parse({ theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(settingsPatchSchema.safeParse({ repeatWindowDays: 0 }).success).toBe(false);
  });
});
