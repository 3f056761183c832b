import { draftArticle } from '../../electron/core/drafts/draft';
import { filterSuccessful } from '../../electron/core/drafts/success';
import type { DraftConversation, EmbedTexts } from '../../electron/core/drafts/types';
import { generateDemo } from '../../electron/core/demo/generate';
import type { TranscriptInput } from '../../shared/domain/transcript';
import type { DraftLanguage } from '../../shared/domain/draft';
import { centralConversationAgentTurns, firstAgentSentences, seededRandom } from './baselines';
import { meanScores, rouge, type RougeScores } from './rouge';

/**
 * Drafting on the demo workspace's generated conversations against the resolution steps the
 * generator planted for each issue (and its cause), per language. The success filter reads the
 * conversations' outcomes itself; the truth's own success list only measures the filter.
 */

const NAME_FIELDS = ['agent', 'customer_name', 'assistant'];

function toConversation(t: TranscriptInput, repeats: ReadonlySet<string>): DraftConversation {
  return {
    id: t.id,
    language: t.language ?? null,
    turns: t.turns.map((turn) => ({ role: turn.role, text: turn.text })),
    resolved: t.outcome?.resolved ?? null,
    escalated: t.outcome?.escalated ?? false,
    repeatContact: repeats.has(t.id),
    csat: t.outcome?.csat ?? null,
  };
}

const namesOf = (t: TranscriptInput): string[] =>
  NAME_FIELDS.map((k) => t.metadata?.[k]).filter((v): v is string => typeof v === 'string' && v.trim().length > 1);

export interface DemoScores {
  language: DraftLanguage;
  issues: number;
  drafted: number;
  draft: RougeScores;
  first3: RougeScores;
  central: RougeScores;
  filterPrecision: number;
  filterRecall: number;
}

export async function demoScores(embed: EmbedTexts, seed: number): Promise<DemoScores[]> {
  const demo = generateDemo({});
  const byId = new Map(demo.transcripts.map((t) => [t.id, t]));
  const random = seededRandom(seed);
  const out: DemoScores[] = [];
  for (const language of ['en', 'zh-CN'] as const) {
    const scores = { draft: [] as RougeScores[], first3: [] as RougeScores[], central: [] as RougeScores[] };
    let drafted = 0;
    let agreed = 0;
    let chosen = 0;
    let truthSuccess = 0;
    for (const issue of demo.truth.issues) {
      const repeats = new Set(issue.repeatIds);
      const transcripts = issue.transcriptIds.map((id) => byId.get(id)!).filter((t) => (t.language ?? 'en') === language);
      const conversations = transcripts.map((t) => toConversation(t, repeats));
      const truthIds = new Set(issue.successfulIds);
      const successful = filterSuccessful(conversations).successful;
      chosen += successful.length;
      agreed += successful.filter((c) => truthIds.has(c.id)).length;
      truthSuccess += conversations.filter((c) => truthIds.has(c.id)).length;
      const steps = language === 'en' ? issue.resolutionSteps_en : issue.resolutionSteps_zh;
      const cause = language === 'en' ? issue.cause_en : issue.cause_zh;
      const gold = [...steps, ...(cause ? [cause] : [])].join('\n');
      const outcome = await draftArticle({
        topicId: issue.key,
        conversations,
        embed,
        language,
        names: [...new Set(transcripts.flatMap(namesOf))],
      });
      const text = outcome.ok
        ? outcome.draft.sections.filter((s) => s.kind === 'resolution' || s.kind === 'cause').flatMap((s) => s.sentences.map((x) => x.text)).join('\n')
        : '';
      if (outcome.ok) drafted += 1;
      scores.draft.push(rouge(text, gold));
      scores.first3.push(rouge(firstAgentSentences(successful, random), gold));
      scores.central.push(rouge(successful.length ? await centralConversationAgentTurns(successful, embed) : '', gold));
    }
    out.push({
      language,
      issues: demo.truth.issues.length,
      drafted,
      draft: meanScores(scores.draft),
      first3: meanScores(scores.first3),
      central: meanScores(scores.central),
      filterPrecision: chosen ? agreed / chosen : 0,
      filterRecall: truthSuccess ? agreed / truthSuccess : 0,
    });
  }
  return out;
}
