import { z } from 'zod';
import type { TranscriptInput } from '../../../shared/domain/transcript';

/** The demo's two languages: template keys ('en', 'zh') and the language tags they are written as. */
export type Lang = 'en' | 'zh';
export const LANGUAGE_TAG: Record<Lang, 'en' | 'zh-CN'> = { en: 'en', zh: 'zh-CN' };

export const DEMO_CHANNELS = ['chat', 'email', 'voice', 'bot'] as const;
export type DemoChannel = (typeof DEMO_CHANNELS)[number];

export const seedArticleSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  language: z.enum(['en', 'zh-CN']),
  /** The whole file: YAML front matter, then KCS sections (Issue / Environment / Resolution / Cause). */
  markdown: z.string(),
  tags: z.array(z.string()),
  issueKey: z.string(),
  translationOf: z.string().nullable(),
});
export type SeedArticle = z.infer<typeof seedArticleSchema>;

const rate = z.number().min(0).max(1);

export const issueTruthSchema = z.object({
  key: z.string(),
  title_en: z.string(),
  title_zh: z.string(),
  conversations: z.number().int(),
  byLanguage: z.object({ en: z.number().int(), 'zh-CN': z.number().int() }),
  escalationRate: rate,
  /** Share of conversations the same customer followed up within `repeatWindowDays` of its end. */
  repeatRate: rate,
  /** Share with a CSAT of 1-2 or a clearly negative customer remark. */
  negativeRate: rate,
  covered: z.boolean(),
  articleIds: z.array(z.string()),
  resolutionSteps_en: z.array(z.string()),
  resolutionSteps_zh: z.array(z.string()),
  cause_en: z.string().nullable(),
  cause_zh: z.string().nullable(),
  /** Avoidable contacts per week with the default friction weights; rank 1 is the highest. */
  frictionScore: z.number(),
  frictionRank: z.number().int().min(1),
  /**
   * Planted volume multiplier for the last 7 days (rising when >= 1.5), and what came of it: the
   * conversations in the last 7 days against the weekly average of the nine weeks before.
   */
  trend: z.object({
    planted: z.number(),
    rising: z.boolean(),
    last7Days: z.number().int(),
    weeklyBefore: z.number(),
  }),
  transcriptIds: z.array(z.string()),
  /** Resolved, not escalated, not followed by a repeat contact: what drafting may learn from. */
  successfulIds: z.array(z.string()),
  escalatedIds: z.array(z.string()),
  repeatIds: z.array(z.string()),
  negativeIds: z.array(z.string()),
});
export type IssueTruth = z.infer<typeof issueTruthSchema>;

export const demoTruthSchema = z.object({
  generator: z.literal('gleaner-demo/1'),
  seed: z.number().int(),
  now: z.string(),
  conversations: z.number().int(),
  repeatWindowDays: z.number().int(),
  frictionWeights: z.object({ escalation: z.number(), repeat: z.number(), negative: z.number() }),
  byLanguage: z.record(z.string(), z.number().int()),
  byChannel: z.record(z.string(), z.number().int()),
  customers: z.number().int(),
  issues: z.array(issueTruthSchema),
  /** Same customer, same issue, more than the repeat window later: must NOT count as repeats. */
  lateReturns: z.array(z.object({ id: z.string(), previousId: z.string(), gapDays: z.number() })),
  /** A seed article whose resolution is out of date: drafting should propose an update, not a duplicate. */
  outdatedArticles: z.array(
    z.object({ id: z.string(), issueKey: z.string(), missingSteps_en: z.array(z.string()) }),
  ),
});
export type DemoTruth = z.infer<typeof demoTruthSchema>;

export interface DemoOptions {
  seed?: number;
  conversations?: number;
  /** The end of the generated period (epoch ms); conversations span the ten weeks before it. */
  now?: number;
}

export interface Demo {
  transcripts: TranscriptInput[];
  articles: SeedArticle[];
  truth: DemoTruth;
}
