import { defaultSuccessCriteria, type SuccessCriteria, type SuccessRejection } from '../../../shared/domain/draft';
import { sentimentScore } from '../sentiment/score';
import type { SentimentScorer } from './types';
import type { DraftConversation } from './types';

export interface SuccessVerdict {
  success: boolean;
  /** Every criterion the conversation failed (empty for a success). */
  reasons: SuccessRejection[];
}

/** The sentiment of the customer's last turns, or null when the customer never spoke. */
export function endingSentiment(conversation: DraftConversation, lastTurns: number, score: SentimentScorer): number | null {
  const customer = conversation.turns.filter((t) => t.role === 'customer' && t.text.trim() !== '');
  if (customer.length === 0) return null;
  return score(customer.slice(-lastTurns).map((t) => t.text).join('\n'));
}

/** Whether drafting may learn from this conversation, and every reason it may not. */
export function judgeSuccess(
  conversation: DraftConversation,
  criteria: SuccessCriteria = defaultSuccessCriteria(),
  score: SentimentScorer = sentimentScore,
): SuccessVerdict {
  const reasons: SuccessRejection[] = [];
  if (conversation.resolved === false) reasons.push('unresolved');
  if (conversation.resolved === null && criteria.requireKnownResolution) reasons.push('resolution_unknown');
  if (criteria.excludeEscalated && conversation.escalated) reasons.push('escalated');
  if (criteria.excludeRepeatContacts && conversation.repeatContact) reasons.push('repeat_contact');
  if (conversation.csat !== null) {
    if (conversation.csat < criteria.minCsat) reasons.push('low_csat');
  } else {
    const sentiment = endingSentiment(conversation, criteria.lastCustomerTurns, score);
    if (sentiment !== null && sentiment < criteria.negativeSentiment) reasons.push('negative_ending');
  }
  return { success: reasons.length === 0, reasons };
}

export interface SuccessSplit<C extends DraftConversation> {
  successful: C[];
  /** How many conversations failed each criterion (one conversation can fail several). */
  rejected: Partial<Record<SuccessRejection, number>>;
  /** Enough successful conversations to draft from. */
  enough: boolean;
  minimum: number;
}

/** The successful conversations of a topic, with counts of why the others were left out. */
export function filterSuccessful<C extends DraftConversation>(
  conversations: readonly C[],
  criteria: SuccessCriteria = defaultSuccessCriteria(),
  score: SentimentScorer = sentimentScore,
): SuccessSplit<C> {
  const successful: C[] = [];
  const rejected: Partial<Record<SuccessRejection, number>> = {};
  for (const conversation of conversations) {
    const verdict = judgeSuccess(conversation, criteria, score);
    if (verdict.success) successful.push(conversation);
    for (const reason of verdict.reasons) rejected[reason] = (rejected[reason] ?? 0) + 1;
  }
  return { successful, rejected, enough: successful.length >= criteria.minConversations, minimum: criteria.minConversations };
}
