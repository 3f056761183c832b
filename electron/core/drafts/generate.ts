import { z } from 'zod';
import type { Draft, DraftRefusal } from '../../../shared/domain/draft';
import { GleanerError } from '../../../shared/errors';
import { workspaceFriction } from '../friction/workspace';
import { ensureTopics } from '../topics/ensure';
import type { Workspace } from '../workspace/workspace';
import { draftArticle } from './draft';
import { articleSearch, draftingEmbedder, existingArticles, topicConversations } from './sources';
import { saveDrafts } from './store';
import { proposeUpdate } from './update';

export const generateDraftsParamsSchema = z.union([
  z.object({ topicIds: z.array(z.string().min(1).max(40)).min(1).max(200) }),
  z.object({ top: z.number().int().min(1).max(200) }),
]);
export type GenerateDraftsParams = z.infer<typeof generateDraftsParamsSchema>;

export interface GeneratedDrafts {
  /** In friction order, highest first. */
  drafts: Draft[];
  refusals: DraftRefusal[];
}

/** A related article is close to the topic but does not cover it. */
const RELATED_MIN = 0.25;
const RELATED_MAX = 3;

/**
 * Drafts articles for the chosen topics (by id, or the N with the most friction), discovering
 * topics first when they are missing or stale, and stores them in the drafts inbox.
 */
export async function generateDrafts(
  ws: Workspace,
  params: GenerateDraftsParams,
  options: { signal?: AbortSignal; progress?: (done: number, total: number, phase: string) => void } = {},
): Promise<GeneratedDrafts> {
  const progress = options.progress ?? (() => {});
  const signal = options.signal ?? new AbortController().signal;
  progress(0, 1, 'topics');
  await ensureTopics(ws, { signal, progress: (done, total, phase) => progress(done, total, `topics:${phase}`) });
  const friction = await workspaceFriction(ws);
  const ranked = friction.topics.filter((t) => t.topicId !== 'outliers');
  const chosen =
    'top' in params
      ? ranked.slice(0, params.top)
      : params.topicIds.map((id) => {
          const topic = ranked.find((t) => t.topicId === id);
          if (!topic) throw new GleanerError('E_NOT_FOUND', `No topic ${id}.`);
          return topic;
        });
  chosen.sort((a, b) => b.score - a.score);
  const articles = await existingArticles(ws);
  const drafts: Draft[] = [];
  const refusals: DraftRefusal[] = [];
  const stored: Array<{ draft: Draft; context: { topicLabel: string; friction: number } }> = [];
  for (const [index, topic] of chosen.entries()) {
    if (signal.aborted) throw new GleanerError('E_CANCELLED', 'Drafting was cancelled.');
    progress(index, chosen.length, `draft:${topic.topicId}`);
    const { conversations, names } = await topicConversations(ws, topic.topicId);
    const embedder = await draftingEmbedder(ws, conversations.flatMap((c) => c.turns.map((t) => t.text)));
    try {
      const embed = (texts: readonly string[]) => embedder.embedPassages(texts);
      const outcome = await draftArticle({ topicId: topic.topicId, conversations, embed, names, criteria: ws.settings().successCriteria });
      if (!outcome.ok) {
        refusals.push(outcome.refusal);
        continue;
      }
      const search = articleSearch(articles.filter((a) => a.language === outcome.draft.language), embedder);
      const proposal = await proposeUpdate(outcome.draft, search, embed);
      const related = (await search(outcome.draft.title))
        .filter((a) => a.articleId !== proposal?.articleId && a.similarity >= RELATED_MIN)
        .slice(0, RELATED_MAX);
      const draft: Draft = {
        ...outcome.draft,
        ...(proposal ? { updateProposal: proposal } : {}),
        sections: outcome.draft.sections.map((s) =>
          s.kind === 'related' ? { ...s, sentences: related.map((a) => ({ text: a.title, citations: [], articleId: a.articleId })) } : s,
        ),
      };
      drafts.push(draft);
      stored.push({ draft, context: { topicLabel: topic.label, friction: topic.score } });
    } finally {
      await embedder.dispose();
    }
  }
  await saveDrafts(ws, stored);
  progress(chosen.length, chosen.length, 'done');
  return { drafts, refusals };
}
