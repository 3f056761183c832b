import type { TurnRole } from '../../../shared/domain/transcript';

/** One conversation as drafting sees it: its turns and the outcome columns the success filter reads. */
export interface DraftConversation {
  id: string;
  language?: string | null;
  turns: ReadonlyArray<{ role: TurnRole; text: string }>;
  /** true, false, or null when unknown. */
  resolved: boolean | null;
  escalated: boolean;
  repeatContact: boolean;
  csat: number | null;
}

/** Unit-length vectors for texts, in order (an `Embedder`'s embedPassages fits). */
export type EmbedTexts = (texts: readonly string[]) => Promise<Float32Array[]>;

/** A sentence of a conversation and where it was said. */
export interface SourceSentence {
  text: string;
  transcriptId: string;
  turn: number;
  role: TurnRole;
  /** Where in the conversation the turn sits, 0 (first turn) .. 1 (last turn). */
  position: number;
}

/** Sentiment of customer text, -1 (negative) .. 1 (positive); electron/core/sentiment by default. */
export type SentimentScorer = (text: string) => number;
