import { z } from 'zod';

/** A rate with its evidence: k of n conversations, the Wilson 95% interval and the shrunk estimate. */
export const rateSchema = z.object({
  k: z.number().int().nonnegative(),
  /** Conversations where the outcome is known (e.g. only those with a customer id for repeats). */
  n: z.number().int().nonnegative(),
  rate: z.number().nullable(),
  low: z.number(),
  high: z.number(),
  /** Empirical-Bayes estimate, pulled toward the overall rate; what ranking uses. */
  shrunk: z.number(),
});
export type Rate = z.infer<typeof rateSchema>;

export const FRICTION_COMPONENTS = ['escalation', 'repeat', 'negative'] as const;
export const frictionComponentSchema = z.enum(FRICTION_COMPONENTS);
export type FrictionComponent = z.infer<typeof frictionComponentSchema>;

/** One term of the score: "why this is high". */
export const scoreComponentSchema = z.object({
  component: frictionComponentSchema,
  weight: z.number(),
  shrunkRate: z.number(),
  /** The achievable rate: the 25th percentile of topics' shrunk rates. */
  achievableRate: z.number(),
  excess: z.number(),
  /** weekly volume x weight x excess: its share of the avoidable contacts per week. */
  avoidablePerWeek: z.number(),
});
export type ScoreComponent = z.infer<typeof scoreComponentSchema>;

export const coverageStatusSchema = z.enum(['none', 'covered', 'covered_friction_persists']);
export type CoverageStatus = z.infer<typeof coverageStatusSchema>;

export const coverageSchema = z.object({
  status: coverageStatusSchema,
  articleId: z.string().nullable(),
  articleTitle: z.string().nullable(),
  similarity: z.number().nullable(),
});
export type Coverage = z.infer<typeof coverageSchema>;

export const trendSchema = z.object({
  recentPerWeek: z.number(),
  baselinePerWeek: z.number(),
  /** (recent − baseline) / baseline; null without a baseline. */
  change: z.number().nullable(),
  /** Conversations per week, oldest first, ending with the week of `asOf`: the sparkline. */
  weekly: z.array(z.number().int().nonnegative()),
});
export type Trend = z.infer<typeof trendSchema>;

export const topicFrictionSchema = z.object({
  topicId: z.string(),
  label: z.string(),
  conversations: z.number().int().nonnegative(),
  share: z.number(),
  weeklyVolume: z.number(),
  escalation: rateSchema,
  repeat: rateSchema,
  negative: rateSchema,
  unresolved: rateSchema,
  handleSeconds: z.object({ median: z.number(), mean: z.number(), n: z.number().int() }).nullable(),
  /** Where in the conversation escalation happens: median of escalation turn / turn count (0 = at once, 1 = at the end). */
  escalationTiming: z.object({ medianPosition: z.number(), n: z.number().int() }).nullable(),
  trend: trendSchema,
  coverage: coverageSchema,
  /** Estimated avoidable contacts per week. */
  score: z.number(),
  components: z.array(scoreComponentSchema),
});
export type TopicFriction = z.infer<typeof topicFrictionSchema>;

export const frictionReportSchema = z.object({
  asOf: z.string().nullable(),
  conversations: z.number().int().nonnegative(),
  weeks: z.number(),
  overall: z.object({ escalation: z.number().nullable(), repeat: z.number().nullable(), negative: z.number().nullable(), unresolved: z.number().nullable() }),
  weights: z.object({ escalation: z.number(), repeat: z.number(), negative: z.number() }),
  /** Highest score first. */
  topics: z.array(topicFrictionSchema),
});
export type FrictionReport = z.infer<typeof frictionReportSchema>;

const impactSideSchema = z.object({
  conversations: z.number().int(),
  /** Days of data in the window (the window after a recent publication is still short). */
  days: z.number().nonnegative(),
  perWeek: z.number(),
  escalation: rateSchema,
  repeat: rateSchema,
  negative: rateSchema,
});

/** Before/after an article's publication, for "did it help". */
export const impactSchema = z.object({
  topicId: z.string(),
  articleId: z.string(),
  publishedAt: z.string(),
  before: impactSideSchema,
  after: impactSideSchema,
  /** after − before with Newcombe 95% intervals. */
  change: z.record(frictionComponentSchema, z.object({ difference: z.number(), low: z.number(), high: z.number() })),
});
export type Impact = z.infer<typeof impactSchema>;

/**
 * What the before/after comparison says: `better` when some rate fell with its whole interval below
 * zero and none rose that way, `worse` the reverse, `too_early` with too few conversations after.
 */
export const impactVerdictSchema = z.enum(['better', 'worse', 'unclear', 'too_early']);
export type ImpactVerdict = z.infer<typeof impactVerdictSchema>;

/** "Did it help" for one published article drafted from (or linked to) a topic. */
export const topicImpactSchema = impactSchema.extend({
  articleTitle: z.string(),
  topicLabel: z.string(),
  /** Where the publication time came from: the audit log, or the article's last change while published. */
  publishedFrom: z.enum(['audit', 'article']),
  verdict: impactVerdictSchema,
});
export type TopicImpact = z.infer<typeof topicImpactSchema>;
