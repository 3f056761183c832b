import { isProblemStatement } from './problem';
import { randomUUID } from 'node:crypto';
import type { Citation, Draft, DraftLanguage, DraftRefusal, DraftSection, DraftSentence, SuccessCriteria } from '../../../shared/domain/draft';
import { defaultSuccessCriteria } from '../../../shared/domain/draft';
import { hasCjk } from '../../../shared/text/segment';
import { chooseByConsensus, type Chosen } from './consensus';
import { cleanAgentSentence, cleanCustomerSentence } from './clean';
import { environmentSentences, extractEnvironment } from './environment';
import { DEFAULT_DRAFT_OPTIONS, type DraftOptions } from './options';
import { dropAddressedName, withoutPersonalData } from './privacy';
import { contentWords, overlapCoefficient, rareWordOverlap } from './overlap';
import { isGenericFollowUp } from '../topics/follow-up';
import { conversationSentences } from './sentences';
import { filterSuccessful } from './success';
import type { DraftConversation, EmbedTexts, SentimentScorer, SourceSentence } from './types';

export interface RelatedArticle {
  articleId: string;
  title: string;
}

export interface DraftRequest {
  topicId: string;
  conversations: readonly DraftConversation[];
  embed: EmbedTexts;
  criteria?: SuccessCriteria;
  sentiment?: SentimentScorer;
  options?: Partial<DraftOptions>;
  related?: readonly RelatedArticle[];
  /** Names known to be personal (customers, agents): sentences naming them are left out. */
  names?: readonly string[];
  /** Draft in this language; by default the language most successful conversations are in. */
  language?: DraftLanguage;
  id?: string;
}

export type DraftOutcome = { ok: true; draft: Draft } | { ok: false; refusal: DraftRefusal };

const CAUSE_EN = /\b(?:because|caused\s+by|due\s+to|the\s+(?:root\s+)?cause|is\s+the\s+(?:source|reason)|the\s+reason\s+(?:is|was|for)|happens\s+when|results?\s+from)\b/i;
// A cause is a statement about the world; "Reissue the code, because each code works once" is still a step.
const STATEMENT_START_EN = /^(?:this|that|it|its|it's|the|your|these|those|each|some|there|a|an|my|our|they|we|because|due|since|as|when|if|most|many)\b/i;
const CAUSE_ZH = /原因是|是因为|由于|导致|^因为/u;

export const isCauseSentence = (text: string): boolean =>
  hasCjk(text) ? CAUSE_ZH.test(text) : CAUSE_EN.test(text) && STATEMENT_START_EN.test(text);

const languageOf = (c: DraftConversation): DraftLanguage =>
  c.language?.toLowerCase().startsWith('zh') || (!c.language && hasCjk(c.turns.map((t) => t.text).join(' '))) ? 'zh-CN' : 'en';

/** A deterministic spread of at most `max` conversations (every k-th by id), so big topics stay fast. */
function spread<T extends { id: string }>(items: readonly T[], max: number): T[] {
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sorted.length <= max) return sorted;
  const step = sorted.length / max;
  return Array.from({ length: max }, (_, i) => sorted[Math.floor(i * step)]!);
}

interface Cleaned extends SourceSentence {
  clean: string;
}

/** A sentence that leans on the one before it ("It is under Settings > About."). */
const LEANS_BACK = /^(?:it|that|this|they|those)(?:'s|\s+(?:is|are|was|were|can|will|should))\b/i;

function cleanedSentences(sentences: readonly SourceSentence[], clean: (s: string) => string | null, names: readonly string[]): Cleaned[] {
  const out: Cleaned[] = [];
  let previous: { source: SourceSentence; dropped: boolean } | null = null;
  for (const s of sentences) {
    const cleaned = clean(dropAddressedName(s.text));
    let safe = cleaned === null ? null : withoutPersonalData(cleaned, names);
    // Without the sentence it answers or explains, it means nothing.
    const sameTurn = previous?.source.transcriptId === s.transcriptId && previous.source.turn === s.turn;
    if (safe !== null && sameTurn && previous!.dropped && LEANS_BACK.test(s.text.trim())) safe = null;
    if (safe !== null) out.push({ ...s, clean: safe });
    previous = { source: s, dropped: safe === null };
  }
  return out;
}

function citationsOf(chosen: Chosen, pool: readonly Cleaned[], max: number): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const m of chosen.members) {
    const s = pool[m]!;
    if (seen.has(s.transcriptId)) continue;
    seen.add(s.transcriptId);
    out.push({ transcriptId: s.transcriptId, turn: s.turn });
    if (out.length >= max) break;
  }
  return out;
}

/** With `alternatives`, two wordings that the conversations never say together count as one (steps). */
async function choose(pool: Cleaned[], embed: EmbedTexts, options: DraftOptions, maxChosen: number, minSupport: number, alternatives = false): Promise<Chosen[]> {
  if (pool.length === 0) return [];
  const vectors = await embed(pool.map((s) => s.clean));
  const words = pool.map((s) => contentWords(s.clean));
  const rare = alternatives ? rareWordOverlap(words) : null;
  return chooseByConsensus(
    pool.map((s) => ({ conversation: s.transcriptId, position: s.position })),
    vectors,
    { sameThreshold: options.sameThreshold, duplicateThreshold: options.duplicateThreshold, lambda: options.mmrLambda, minSupport, maxChosen,
      isDuplicate: (a, b, similarity) => {
        const overlap = overlapCoefficient(words[a]!, words[b]!);
        // Paraphrases share content words; with some embedding agreement, fewer shared words suffice.
        return overlap >= options.duplicateOverlap || (overlap >= options.duplicateOverlap - 0.1 && similarity >= options.sameThreshold * 0.75);
      },
      // Two wordings of one step share a word or two that the topic's other sentences rarely say ("airplane mode", "飞行模式").
      mayBeAlternatives: rare ? (a, b) => rare(a, b) >= options.alternativeOverlap : undefined },
  );
}

function shortenTitle(text: string, max: number): string {
  const plain = text.replace(/[.。!！]+$/u, '').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The customer turn that opens each conversation's problem: the first one, unless it only refers back to an
 * earlier contact ("following up, same problem"), then the first after it that says more. With `strict`,
 * conversations that never say more are left out.
 */
function openingTurns(sentences: ReadonlyArray<{ transcriptId: string; role: string; turn: number; text: string }>, strict: boolean): Map<string, number> {
  const turns = new Map<string, Map<number, string>>();
  for (const s of sentences) {
    if (s.role !== 'customer') continue;
    const byTurn = turns.get(s.transcriptId) ?? new Map<number, string>();
    byTurn.set(s.turn, `${byTurn.get(s.turn) ?? ''} ${s.text}`);
    turns.set(s.transcriptId, byTurn);
  }
  const opening = new Map<string, number>();
  for (const [id, byTurn] of turns) {
    const ordered = [...byTurn.entries()].sort((a, b) => a[0] - b[0]);
    const telling = ordered.find(([, text]) => !isGenericFollowUp(text)) ?? (strict ? undefined : ordered[0]);
    if (telling) opening.set(id, telling[0]);
  }
  return opening;
}

/**
 * Drafts a KCS article (Issue, Environment, Resolution, Cause, Related) from a topic's successful
 * conversations, or says why it would not: too few successful conversations, or no steps they share.
 */
export async function draftArticle(request: DraftRequest): Promise<DraftOutcome> {
  const options = { ...DEFAULT_DRAFT_OPTIONS, ...request.options };
  const criteria = request.criteria ?? defaultSuccessCriteria();
  const split = filterSuccessful(request.conversations, criteria, request.sentiment);
  const byLanguage = (lang: DraftLanguage) => split.successful.filter((c) => languageOf(c) === lang);
  const language = request.language ?? (byLanguage('zh-CN').length > byLanguage('en').length ? 'zh-CN' : 'en');
  const successful = byLanguage(language);
  const refusal = (reason: DraftRefusal['reason'], successCount: number): DraftOutcome => ({
    ok: false,
    refusal: { topicId: request.topicId, reason, successCount, minimum: criteria.minConversations, rejected: split.rejected },
  });
  if (successful.length < criteria.minConversations) return refusal('too_few_successful', successful.length);

  const used = spread(successful, options.maxConversations);
  const names = request.names ?? [];
  const all = used.flatMap((c) => conversationSentences(c));
  const agent = cleanedSentences(all.filter((s) => s.role === 'agent'), cleanAgentSentence, names);
  const steps = agent.filter((s) => !isCauseSentence(s.clean));
  const causes = agent.filter((s) => isCauseSentence(s.clean));
  const openings = (turns: Map<string, number>) => cleanedSentences(all.filter((s) => s.role === 'customer' && s.turn === turns.get(s.transcriptId)), cleanCustomerSentence, names);
  const telling = openings(openingTurns(all, true));
  const openingSentences = telling.length > 0 ? telling : openings(openingTurns(all, false));
  const saying = openingSentences.filter((s) => !isGenericFollowUp(s.clean));
  const candidates = saying.length > 0 ? saying : openingSentences;
  const problems = candidates.filter((s) => isProblemStatement(s.clean));
  const opening = problems.length > 0 ? problems : candidates;

  const minSupport = Math.max(2, Math.ceil(used.length * options.minStepShare));
  const chosenSteps = await choose(steps, request.embed, options, options.maxSteps, minSupport, true);
  if (chosenSteps.length === 0) return refusal('no_resolution_steps', used.length);
  const chosenCauses = await choose(causes, request.embed, options, options.maxCauseSentences, 2);
  // One more than the Issue shows: the title takes the most typical opening, the Issue the rest.
  const chosenOpening = await choose(opening, request.embed, options, options.maxIssueSentences + 1, 1);

  const toSentence = (pool: Cleaned[]) => (c: Chosen): DraftSentence => ({ text: pool[c.index]!.clean, citations: citationsOf(c, pool, options.maxCitations) });
  // The title is the customer's most typical opening statement; a question only when nothing else is left.
  const titleSource = [...chosenOpening].sort((a, b) => Number(opening[a.index]!.clean.endsWith('?')) - Number(opening[b.index]!.clean.endsWith('?')) || b.consensus - a.consensus)[0];
  const title = titleSource ? shortenTitle(opening[titleSource.index]!.clean, options.maxTitleLength) : request.topicId;
  const chosenIssue = chosenOpening.length > 1 ? chosenOpening.filter((c) => c !== titleSource) : chosenOpening;
  const envSentences = environmentSentences(
    extractEnvironment(all.filter((s) => withoutPersonalData(s.text, names) !== null), used.length),
    language === 'zh-CN' ? 'zh' : 'en',
  );
  const sections: DraftSection[] = [
    { kind: 'issue', sentences: chosenIssue.map(toSentence(opening)) },
    { kind: 'environment', sentences: envSentences },
    { kind: 'resolution', sentences: chosenSteps.map(toSentence(steps)) },
    { kind: 'cause', sentences: chosenCauses.map(toSentence(causes)) },
    { kind: 'related', sentences: (request.related ?? []).map((r) => ({ text: r.title, citations: [], articleId: r.articleId })) },
  ];
  const agreement = chosenSteps.reduce((sum, s) => sum + s.support / used.length, 0) / chosenSteps.length;
  const volume = Math.min(1, used.length / 20);
  return {
    ok: true,
    draft: {
      id: request.id ?? randomUUID(),
      topicId: request.topicId,
      title,
      language,
      sections,
      sourceTranscriptIds: used.map((c) => c.id),
      successCount: used.length,
      confidence: Math.round(Math.min(1, 0.6 * agreement + 0.4 * volume) * 100) / 100,
      createdAt: new Date().toISOString(),
    },
  };
}
