import { z } from 'zod';

export const uiLanguageSchema = z.enum(['system', 'en', 'zh-CN']);
export const themeSchema = z.enum(['system', 'light', 'dark']);

/** Per-workspace settings. Every field has a default so an old settings file still parses. */
export const settingsSchema = z.object({
  language: uiLanguageSchema.default('system'),
  theme: themeSchema.default('system'),
  repeatWindowDays: z.number().int().min(1).max(90).default(7),
  redactOnImport: z.boolean().default(true),
  reviewIntervalDays: z.number().int().min(1).max(730).default(90),
  requireSeparateReviewer: z.boolean().default(true),
  trendRecentDays: z.number().int().min(1).max(90).default(7),
  trendBaselineDays: z.number().int().min(1).max(365).default(28),
  frictionWeights: z
    .object({
      escalation: z.number().min(0).max(10).default(1),
      repeat: z.number().min(0).max(10).default(1),
      negative: z.number().min(0).max(10).default(0.5),
    })
    .default({ escalation: 1, repeat: 1, negative: 0.5 }),
  embeddingModel: z.string().default('lexical'),
  allowModelDownload: z.boolean().default(false),
  autoBackup: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});
