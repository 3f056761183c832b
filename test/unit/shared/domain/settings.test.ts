import { describe, expect, it } from 'vitest';
import { defaultSettings, mergeSettingsPatch, settingsPatchSchema, settingsSchema } from '../../../../shared/domain/settings';

describe('settings', () => {
  it('fills defaults for a missing or old settings file', () => {
    expect(settingsSchema.parse({ theme: 'dark' })).toMatchObject({ theme: 'dark', language: 'system', repeatWindowDays: 7 });
    expect(defaultSettings().frictionWeights).toEqual({ escalation: 1, repeat: 1, negative: 0.5 });
  });

  it('parses a patch without inventing the fields it does not name', () => {
    expect(settingsPatchSchema.parse({ theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(settingsPatchSchema.safeParse({ repeatWindowDays: 0 }).success).toBe(false);
  });

  it('treats an undefined field of a patch as unchanged, nested objects included', () => {
    const current = defaultSettings();
    const merged = mergeSettingsPatch(current, {
      theme: undefined,
      frictionWeights: { escalation: undefined, repeat: 2 },
      successCriteria: { minCsat: undefined },
    });
    expect(merged).toEqual({ ...current, frictionWeights: { ...current.frictionWeights, repeat: 2 } });
    expect(settingsSchema.safeParse(merged).success).toBe(true);
  });

  it('refuses an account pattern that is not a regular expression, naming the problem', () => {
    const result = settingsPatchSchema.safeParse({ accountPatterns: ['ORD-\\d{8}', 'ORD-('] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['accountPatterns', 1], message: 'is not a valid regular expression' });
    expect(settingsPatchSchema.parse({ accountPatterns: [' ORD-\\d{8} '] })).toEqual({ accountPatterns: ['ORD-\\d{8}'] });
  });
});
