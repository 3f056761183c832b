import type { Impact } from '../../../shared/domain/friction';
import { WEEK_MS, type ConversationFacts } from './facts';
import { proportionOf, rateOf } from './rates';
import { differenceInterval, fitBetaPrior } from './stats';

/**
 * "Did it help": a topic's friction in the `windowDays` before an article's publication against the
 * same span after it, with Newcombe intervals on each difference. Raw rates (no shrinkage): the
 * question is about this topic alone.
 */
export function articleImpact(facts: readonly ConversationFacts[], topicId: string, articleId: string, publishedMs: number, windowDays = 28): Impact {
  const span = (windowDays / 7) * WEEK_MS;
  const mine = facts.filter((f) => f.topicId === topicId && f.startedMs !== null);
  const before = mine.filter((f) => f.startedMs! < publishedMs && f.startedMs! >= publishedMs - span);
  const after = mine.filter((f) => f.startedMs! >= publishedMs && f.startedMs! < publishedMs + span);
  const flat = fitBetaPrior([]);
  const side = (list: ConversationFacts[]) => ({
    conversations: list.length,
    perWeek: list.length / (windowDays / 7),
    escalation: rateOf(proportionOf(list, 'escalation'), flat),
    repeat: rateOf(proportionOf(list, 'repeat'), flat),
    negative: rateOf(proportionOf(list, 'negative'), flat),
  });
  const change = Object.fromEntries(
    (['escalation', 'repeat', 'negative'] as const).map((name) => [name, differenceInterval(proportionOf(before, name), proportionOf(after, name))]),
  ) as Impact['change'];
  return { topicId, articleId, publishedAt: new Date(publishedMs).toISOString(), before: side(before), after: side(after), change };
}
