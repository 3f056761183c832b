/**
 * Drafting quality on FloDial: for each of its 12 problems, draft an article from the problem's
 * dialogues alone and compare it with the problem's gold procedure (description, flowchart node
 * utterances, FAQ) by ROUGE-1/2/L, next to two baselines measured in the same run.
 * Prints a Markdown section on stdout (bench/run.ts collects it).
 */
import { draftArticle } from '../../electron/core/drafts/draft';
import { IdfFitter } from '../../electron/core/embed/lexical/idf';
import { LexicalEmbedder } from '../../electron/core/embed/lexical/embedder';
import { demoScores } from './demo';
import { centralConversationAgentTurns, firstAgentSentences, seededRandom } from './baselines';
import { loadFloDial } from './flodial';
import { meanScores, rouge, rougeTokens, type Prf, type RougeScores } from './rouge';
import { draftPlainText } from './text';

const SEED = 7;

type System = 'draft' | 'draftCut' | 'first3' | 'central';
const SYSTEMS: Array<{ key: System; label: string }> = [
  { key: 'draft', label: 'Gleaner draft' },
  { key: 'draftCut', label: 'Gleaner draft, cut to baseline B\'s length' },
  { key: 'first3', label: 'Baseline A: first 3 agent sentences, random dialogue' },
  { key: 'central', label: 'Baseline B: all agent turns, most central dialogue' },
];

const pct = (x: number): string => (x * 100).toFixed(1);
const prf = (p: Prf): string => `${pct(p.precision)} / ${pct(p.recall)} / **${pct(p.f1)}**`;

async function main(): Promise<void> {
  const started = Date.now();
  const problems = loadFloDial();
  const fitter = new IdfFitter();
  // IDF from the dialogues only (unsupervised), never from the gold texts.
  for (const p of problems) fitter.add(p.conversations.flatMap((c) => c.turns.map((t) => t.text)));
  const embedder = new LexicalEmbedder(fitter.finish());
  const embed = (texts: readonly string[]) => embedder.embedPassages(texts);
  const random = seededRandom(SEED);

  const scores: Record<System, RougeScores[]> = { draft: [], draftCut: [], first3: [], central: [] };
  const lengths: Record<System, number[]> = { draft: [], draftCut: [], first3: [], central: [] };
  const rows: string[] = [];
  for (const problem of problems) {
    process.stderr.write(`drafts: ${problem.name} (${problem.conversations.length} dialogues)\n`);
    const outcome = await draftArticle({ topicId: problem.name, conversations: problem.conversations, embed });
    const draft = outcome.ok ? draftPlainText(outcome.draft) : '';
    const central = await centralConversationAgentTurns(problem.conversations, embed);
    const texts: Record<System, string> = {
      draft,
      // Same words budget as baseline B: shows that the draft wins on what it says, not on how much.
      draftCut: rougeTokens(draft).slice(0, rougeTokens(central).length).join(' '),
      first3: firstAgentSentences(problem.conversations, random),
      central,
    };
    for (const { key } of SYSTEMS) {
      const s = rouge(texts[key], problem.gold);
      scores[key].push(s);
      lengths[key].push(rougeTokens(texts[key]).length);
    }
    const last = (k: System) => scores[k][scores[k].length - 1]!.rougeL.f1;
    rows.push(`| ${problem.name} | ${problem.conversations.length} | ${rougeTokens(problem.gold).length} | ${pct(last('draft'))} | ${pct(last('first3'))} | ${pct(last('central'))} |`);
  }

  const out: string[] = [];
  out.push('## Drafts: FloDial, draft vs. gold procedure (ROUGE, %)');
  out.push('');
  out.push(`${problems.length} problems, ${problems.reduce((n, p) => n + p.conversations.length, 0)} dialogues; lexical embedder; seed ${SEED}; ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  out.push('Gold: the problem description, every flowchart node utterance and every FAQ q/a (a whole flowchart, ~900 words),');
  out.push('so recall rewards covering more of the procedure and precision rewards saying only what belongs in it; F1 is the headline.');
  out.push('');
  out.push('| system | mean words | ROUGE-1 P / R / F1 | ROUGE-2 P / R / F1 | ROUGE-L P / R / F1 |');
  out.push('|---|---:|---:|---:|---:|');
  const means = Object.fromEntries(SYSTEMS.map(({ key }) => [key, meanScores(scores[key])])) as Record<System, RougeScores>;
  for (const { key, label } of SYSTEMS) {
    const m = means[key];
    const words = lengths[key].reduce((a, b) => a + b, 0) / Math.max(1, lengths[key].length);
    out.push(`| ${label} | ${words.toFixed(0)} | ${prf(m.rouge1)} | ${prf(m.rouge2)} | ${prf(m.rougeL)} |`);
  }
  out.push('');
  const ratio = (b: System) => (means.draft.rougeL.f1 / Math.max(1e-9, means[b].rougeL.f1)).toFixed(2);
  const wins = (b: System) => scores.draft.filter((s, i) => s.rougeL.f1 > scores[b][i]!.rougeL.f1).length;
  out.push(`ROUGE-L F1, draft vs. baseline A: ×${ratio('first3')} (ahead on ${wins('first3')}/${problems.length} problems); vs. baseline B: ×${ratio('central')} (ahead on ${wins('central')}/${problems.length}).`);
  out.push(`At baseline B's length: ROUGE-L F1 ×${(means.draftCut.rougeL.f1 / Math.max(1e-9, means.central.rougeL.f1)).toFixed(2)}, ROUGE-1 F1 ×${(means.draftCut.rouge1.f1 / Math.max(1e-9, means.central.rouge1.f1)).toFixed(2)}.`);
  out.push('');
  out.push('| problem | dialogues | gold words | draft R-L F1 | A R-L F1 | B R-L F1 |');
  out.push('|---|---:|---:|---:|---:|---:|');
  out.push(...rows);

  process.stderr.write('drafts: demo workspace\n');
  const demoStarted = Date.now();
  const demoEmbedder = new LexicalEmbedder();
  const demo = await demoScores((texts) => demoEmbedder.embedPassages(texts), SEED);
  out.push('');
  out.push('## Drafts: demo workspace, Resolution + Cause vs. the planted steps (ROUGE, %)');
  out.push('');
  out.push(`Generated demo (default seed, 5,000 conversations, 25 issues), drafted per language from the conversations the success filter keeps; ${((Date.now() - demoStarted) / 1000).toFixed(1)} s.`);
  out.push('');
  out.push('| language | system | ROUGE-1 P / R / F1 | ROUGE-2 P / R / F1 | ROUGE-L P / R / F1 |');
  out.push('|---|---|---:|---:|---:|');
  for (const d of demo) {
    for (const [label, m] of [['Gleaner draft', d.draft], ['Baseline A', d.first3], ['Baseline B', d.central]] as const) {
      out.push(`| ${d.language} | ${label} | ${prf(m.rouge1)} | ${prf(m.rouge2)} | ${prf(m.rougeL)} |`);
    }
  }
  out.push('');
  for (const d of demo) {
    out.push(`${d.language}: drafted ${d.drafted}/${d.issues} issues; ROUGE-L F1 ×${(d.draft.rougeL.f1 / Math.max(1e-9, d.first3.rougeL.f1)).toFixed(1)} vs. A, ×${(d.draft.rougeL.f1 / Math.max(1e-9, d.central.rougeL.f1)).toFixed(1)} vs. B; success filter vs. the planted successes: precision ${pct(d.filterPrecision)}%, recall ${pct(d.filterRecall)}% (it also drops negative endings, which the planted list keeps).`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
