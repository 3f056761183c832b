import { z } from 'zod';
import { successCriteriaSchema } from './draft';
import { definedFields } from './patch';

export const uiLanguageSchema = z.enum(['system', 'en', 'zh-CN']);
export const themeSchema = z.enum(['system', 'light', 'dark']);

const isRegexSource = (source: string): boolean => {
  try {
    new RegExp(source, 'giu');
    return true;
  } catch {
    return false;
  }
};

/** The workspace's own account or order number formats (regular expressions), redacted as [ACCOUNT] at import. */
const accountPatternsSchema = z
  .array(z.string().trim().min(1).max(200).refine(isRegexSource, { message: 'is not a valid regular expression' }))
  .max(20);

const frictionWeightsSchema = z.object({
  escalation: z.number().min(0).max(10),
  repeat: z.number().min(0).max(10),
  negative: z.number().min(0).max(10),
});

/** The fields and their ranges, without defaults: the shape of a patch. */
const settingsFields = {
  language: uiLanguageSchema,
  theme: themeSchema,
  repeatWindowDays: z.number().int().min(1).max(90),
  redactOnImport: z.boolean(),
  accountPatterns: accountPatternsSchema,
  reviewIntervalDays: z.number().int().min(1).max(730),
  requireSeparateReviewer: z.boolean(),
  trendRecentDays: z.number().int().min(1).max(90),
  trendBaselineDays: z.number().int().min(1).max(365),
  frictionWeights: frictionWeightsSchema,
  /** When drafting counts a conversation as a success. */
  successCriteria: successCriteriaSchema,
  embeddingModel: z.string(),
  allowModelDownload: z.boolean(),
  autoBackup: z.boolean(),
};

export const DEFAULT_SETTINGS = {
  language: 'system',
  theme: 'system',
  repeatWindowDays: 7,
  redactOnImport: true,
  accountPatterns: [],
  reviewIntervalDays: 90,
  requireSeparateReviewer: true,
  trendRecentDays: 7,
  trendBaselineDays: 28,
  frictionWeights: { escalation: 1, repeat: 1, negative: 0.5 },
  successCriteria: {
    requireKnownResolution: false,
    excludeEscalated: true,
    excludeRepeatContacts: true,
    minCsat: 4,
    lastCustomerTurns: 2,
    negativeSentiment: -0.35,
    minConversations: 3,
  },
  embeddingModel: 'lexical',
  allowModelDownload: false,
  autoBackup: false,
} as const satisfies z.input<z.ZodObject<typeof settingsFields>>;

/** Per-workspace settings. Every field has a default so an old settings file still parses. */
export const settingsSchema = z.object(
  Object.fromEntries(
    Object.entries(settingsFields).map(([key, schema]) => [key, (schema as z.ZodType).default(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS])]),
  ) as { [K in keyof typeof settingsFields]: z.ZodDefault<(typeof settingsFields)[K]> },
);
export type Settings = z.infer<typeof settingsSchema>;

/** The criteria without their defaults: a patch names only what changes. */
const successCriteriaPatchSchema = z
  .object({
    requireKnownResolution: z.boolean(),
    excludeEscalated: z.boolean(),
    excludeRepeatContacts: z.boolean(),
    minCsat: z.number().min(1).max(5),
    lastCustomerTurns: z.number().int().min(1).max(5),
    negativeSentiment: z.number().min(-1).max(1),
    minConversations: z.number().int().min(1).max(1000),
  })
  .partial() satisfies z.ZodType<Partial<z.infer<typeof successCriteriaSchema>>>;

/**
 * A change to some settings; absent fields stay as they are (no defaults filled in). The nested
 * objects (friction weights, success criteria) may be partial: `mergeSettingsPatch` completes them.
 */
export const settingsPatchSchema = z
  .object({
    ...settingsFields,
    frictionWeights: frictionWeightsSchema.partial(),
    successCriteria: successCriteriaPatchSchema,
  })
  .partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});

/** Settings with a patch applied; nested objects are merged field by field. */
export function mergeSettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    ...current,
    ...definedFields(patch),
    frictionWeights: { ...current.frictionWeights, ...definedFields(patch.frictionWeights) },
    successCriteria: { ...current.successCriteria, ...definedFields(patch.successCriteria) },
  };
}
