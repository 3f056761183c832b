import { describe, expect, it } from 'vitest';
import { centralConversationAgentTurns, firstAgentSentences, seededRandom } from '../../../../bench/drafts/baselines';
import { loadFloDial } from '../../../../bench/drafts/flodial';
import { rouge } from '../../../../bench/drafts/rouge';
import { draftPlainText } from '../../../../bench/drafts/text';
import { draftArticle } from '../../../../electron/core/drafts/draft';
import { IdfFitter } from '../../../../electron/core/embed/lexical/idf';
import { LexicalEmbedder } from '../../../../electron/core/embed/lexical/embedder';

/** Real dialogues from FloDial (../shared/data/flodial): the drafter on crowd-sourced troubleshooting. */
describe('drafting FloDial problems', () => {
  const problems = loadFloDial();
  const fitter = new IdfFitter();
  for (const p of problems) fitter.add(p.conversations.flatMap((c) => c.turns.map((t) => t.text)));
  const embedder = new LexicalEmbedder(fitter.finish());
  const embed = (texts: readonly string[]) => embedder.embedPassages(texts);

  it('loads 12 problems and 894 dialogues, without the grounding links', () => {
    expect(problems).toHaveLength(12);
    expect(problems.reduce((n, p) => n + p.conversations.length, 0)).toBe(894);
    expect(JSON.stringify(problems[0]!.conversations[0])).not.toMatch(/grounded|chart-|faq-/);
  });

  it('drafts every problem with traceable agent steps and beats the first-three-sentences baseline', async () => {
    const random = seededRandom(1);
    for (const problem of problems.filter((p) => ['wireless', 'lcd_problem', 'power'].includes(p.name))) {
      const outcome = await draftArticle({ topicId: problem.name, conversations: problem.conversations, embed });
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) continue;
      const byId = new Map(problem.conversations.map((c) => [c.id, c]));
      const steps = outcome.draft.sections.find((s) => s.kind === 'resolution')!.sentences;
      expect(steps.length).toBeGreaterThanOrEqual(5);
      for (const step of steps) {
        for (const c of step.citations) expect(byId.get(c.transcriptId)!.turns[c.turn]!.role).toBe('agent');
        expect(step.text).not.toMatch(/\b(?:thank|glad|welcome|have a (?:great|nice) day)\b/i);
      }
      const draftScore = rouge(draftPlainText(outcome.draft), problem.gold).rougeL.f1;
      expect(draftScore).toBeGreaterThan(rouge(firstAgentSentences(problem.conversations, random), problem.gold).rougeL.f1);
      expect(draftScore).toBeGreaterThan(0.1);
      expect((await centralConversationAgentTurns(problem.conversations, embed)).length).toBeGreaterThan(0);
    }
  });
});
