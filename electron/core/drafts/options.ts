/** Knobs of the drafter; the defaults suit the lexical embedder and real contact-center topics. */
export interface DraftOptions {
  /** At most this many successful conversations are read (a deterministic spread over the topic). */
  maxConversations: number;
  maxSteps: number;
  /** A step must be said in at least this share of the conversations (and in 2 of them). */
  minStepShare: number;
  /** Similarity at which two sentences count as the same step. */
  sameThreshold: number;
  duplicateThreshold: number;
  /** Content-word overlap (of the shorter sentence) at which two sentences are the same step. */
  duplicateOverlap: number;
  /** Content-word overlap from which two sentences said in different conversations may be two wordings of one step. */
  alternativeOverlap: number;
  mmrLambda: number;
  maxCitations: number;
  maxIssueSentences: number;
  maxCauseSentences: number;
  maxTitleLength: number;
}

export const DEFAULT_DRAFT_OPTIONS: DraftOptions = {
  maxConversations: 150,
  maxSteps: 12,
  minStepShare: 0.1,
  sameThreshold: 0.45,
  duplicateThreshold: 0.7,
  duplicateOverlap: 0.6,
  alternativeOverlap: 0.25,
  mmrLambda: 0.7,
  maxCitations: 5,
  maxIssueSentences: 2,
  maxCauseSentences: 2,
  maxTitleLength: 100,
};
