/** What friction needs to know about one conversation (derived from its stored row and its topic). */
export interface ConversationFacts {
  key: string;
  topicId: string;
  startedMs: number | null;
  customerId: string | null;
  escalated: boolean;
  /** As computed by ingestion within the repeat window; meaningless without a customer id. */
  repeatContact: boolean;
  negative: boolean;
  /** null when the source did not say. */
  resolved: boolean | null;
  handleSeconds: number | null;
  escalationTurn: number | null;
  turnCount: number;
}

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
