import { z } from 'zod';

/** A drafted KCS article: every sentence names the conversation turns it was taken from. */

export const DRAFT_SECTION_KINDS = ['issue', 'environment', 'resolution', 'cause', 'related'] as const;
export const draftSectionKindSchema = z.enum(DRAFT_SECTION_KINDS);
export type DraftSectionKind = z.infer<typeof draftSectionKindSchema>;

export const citationSchema = z.object({
  transcriptId: z.string(),
  /** Index of the turn in the conversation's turns (0-based). */
  turn: z.number().int().min(0),
});
export type Citation = z.infer<typeof citationSchema>;

export const draftSentenceSchema = z.object({
  text: z.string(),
  citations: z.array(citationSchema),
  /** For related-article lines: the article the sentence links to. */
  articleId: z.string().optional(),
});
export type DraftSentence = z.infer<typeof draftSentenceSchema>;

export const draftSectionSchema = z.object({
  kind: draftSectionKindSchema,
  sentences: z.array(draftSentenceSchema),
});
export type DraftSection = z.infer<typeof draftSectionSchema>;

export const updateProposalSchema = z.object({
  articleId: z.string(),
  articleTitle: z.string(),
  /** How close the existing article is to the topic (cosine, 0..1). */
  similarity: z.number(),
  missingSteps: z.array(draftSentenceSchema),
  /** Unified diff of the article's text with the missing steps added. */
  diff: z.string(),
});
export type UpdateProposal = z.infer<typeof updateProposalSchema>;

export const draftLanguageSchema = z.enum(['en', 'zh-CN']);
export type DraftLanguage = z.infer<typeof draftLanguageSchema>;

export const draftSchema = z.object({
  id: z.string(),
  topicId: z.string(),
  title: z.string(),
  language: draftLanguageSchema,
  sections: z.array(draftSectionSchema),
  sourceTranscriptIds: z.array(z.string()),
  /** Successful conversations the draft was built from (the topic may hold more conversations). */
  successCount: z.number().int().min(0),
  /** 0..1: how much the source conversations agree on the resolution, and how many there were. */
  confidence: z.number().min(0).max(1),
  updateProposal: updateProposalSchema.optional(),
  createdAt: z.iso.datetime().optional(),
  polished: z.boolean().optional(),
  /** The article this draft became (a new one, or the existing one it updated). */
  articleId: z.string().optional(),
});
export type Draft = z.infer<typeof draftSchema>;

/** When to count a conversation as a success (something drafting may learn from). */
export const successCriteriaSchema = z.object({
  /** Conversations whose resolution is unknown count only when this is false. */
  requireKnownResolution: z.boolean().default(false),
  excludeEscalated: z.boolean().default(true),
  excludeRepeatContacts: z.boolean().default(true),
  /** A CSAT below this is a negative ending (1..5 scale). */
  minCsat: z.number().min(1).max(5).default(4),
  /** Without CSAT: how many of the customer's last turns decide the sentiment of the ending. */
  lastCustomerTurns: z.number().int().min(1).max(5).default(2),
  /** Without CSAT: a sentiment below this (-1..1) is a negative ending. */
  negativeSentiment: z.number().min(-1).max(1).default(-0.35),
  /** Fewer successful conversations than this and no draft is written. */
  minConversations: z.number().int().min(1).max(1000).default(3),
});
export type SuccessCriteria = z.infer<typeof successCriteriaSchema>;
export const defaultSuccessCriteria = (): SuccessCriteria => successCriteriaSchema.parse({});

export const SUCCESS_REJECTIONS = ['unresolved', 'resolution_unknown', 'escalated', 'repeat_contact', 'low_csat', 'negative_ending'] as const;
export const successRejectionSchema = z.enum(SUCCESS_REJECTIONS);
export type SuccessRejection = z.infer<typeof successRejectionSchema>;

/** What the drafts inbox shows for one draft. */
export const draftSummarySchema = z.object({
  id: z.string(),
  topicId: z.string(),
  topicLabel: z.string(),
  title: z.string(),
  language: draftLanguageSchema,
  friction: z.number(),
  sourceCount: z.number().int().min(0),
  confidence: z.number().min(0).max(1),
  hasUpdateProposal: z.boolean(),
  createdAt: z.iso.datetime(),
  articleId: z.string().nullable(),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

/** A topic that could not be drafted, and why (shown instead of a draft). */
export const draftRefusalSchema = z.object({
  topicId: z.string(),
  reason: z.enum(['too_few_successful', 'no_resolution_steps']),
  successCount: z.number().int().min(0),
  minimum: z.number().int().min(0),
  rejected: z.partialRecord(successRejectionSchema, z.number().int().min(0)),
});
export type DraftRefusal = z.infer<typeof draftRefusalSchema>;

/** The JSON the CLI prints for `gleaner draft --json` (snake_case, as documented in the issue). */
export const draftCliJsonSchema = z.object({
  drafts: z.array(
    z.object({
      topic_id: z.string(),
      title: z.string(),
      sections: z.array(z.object({ kind: z.enum(['issue', 'environment', 'resolution', 'cause']), text: z.string() })),
      citations: z.array(z.object({ transcript_id: z.string(), turn: z.number().int() })),
      source_transcript_ids: z.array(z.string()),
    }),
  ),
});
export type DraftCliJson = z.infer<typeof draftCliJsonSchema>;
