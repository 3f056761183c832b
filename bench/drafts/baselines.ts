import { dot } from '../../electron/core/embed/embedder';
import { splitSentences } from '../../electron/core/drafts/sentences';
import type { DraftConversation, EmbedTexts } from '../../electron/core/drafts/types';

/** The two reference points the drafter must beat, computed from the same conversations. */

export { mulberry32 as seededRandom } from '../../electron/core/util/mulberry32';

const agentText = (c: DraftConversation): string[] => c.turns.filter((t) => t.role === 'agent').map((t) => t.text);

/** (a) The first three agent sentences of one randomly picked successful conversation. */
export function firstAgentSentences(conversations: readonly DraftConversation[], random: () => number, count = 3): string {
  const pick = conversations[Math.floor(random() * conversations.length)];
  if (!pick) return '';
  return agentText(pick).flatMap((t) => splitSentences(t)).slice(0, count).join('\n');
}

/** (b) Every agent turn of the conversation closest on average to all the others (the medoid). */
export async function centralConversationAgentTurns(conversations: readonly DraftConversation[], embed: EmbedTexts): Promise<string> {
  const texts = conversations.map((c) => c.turns.map((t) => t.text).join('\n'));
  const vectors = await embed(texts);
  let best = -1;
  let bestScore = -Infinity;
  vectors.forEach((v, i) => {
    const score = vectors.reduce((sum, w, j) => (i === j ? sum : sum + dot(v, w)), 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  const central = conversations[best];
  return central ? agentText(central).join('\n') : '';
}
