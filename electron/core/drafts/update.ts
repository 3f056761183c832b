import { createTwoFilesPatch } from 'diff';
import type { Draft, DraftSentence, UpdateProposal } from '../../../shared/domain/draft';
import { dot } from '../embed/embedder';
import { contentWords, overlapCoefficient } from './overlap';
import { splitSentences } from './sentences';
import type { EmbedTexts } from './types';

/** An existing article found for a draft's topic, with how close it is (cosine, 0..1). */
export interface ArticleMatch {
  articleId: string;
  title: string;
  text: string;
  similarity: number;
}

/** Finds existing articles for a query, best first (the articles module's search, injected). */
export type SearchArticles = (query: string) => Promise<ArticleMatch[]>;

export interface UpdateOptions {
  /** Mean of the article's similarity and the share of draft steps it already has, at which it covers the topic. */
  coverThreshold: number;
  /** A draft step this similar to a sentence of the article is already in it. */
  stepThreshold: number;
  /** Or this much content-word overlap with one of its sentences. */
  stepOverlap: number;
  /** How many of the most similar articles are checked. */
  candidates: number;
}

export const DEFAULT_UPDATE_OPTIONS: UpdateOptions = { coverThreshold: 0.6, stepThreshold: 0.6, stepOverlap: 0.6, candidates: 5 };

/** What a search for articles like this draft looks for: its title, issue and steps. */
export const draftQuery = (draft: Draft): string =>
  [draft.title, ...draft.sections.filter((s) => s.kind === 'issue' || s.kind === 'resolution').flatMap((s) => s.sentences.map((x) => x.text))].join('\n');

export const RESOLUTION_HEADING = /^\s*(?:#{1,6}\s*)?(?:resolution|solution|steps|how\s+to\s+fix(?:\s+it)?|fix|解决方法|解决方案|处理方法|操作步骤|解决办法)\s*[:：]?\s*$/iu;
const ANY_HEADING = /^\s*(?:#{1,6}\s+\S|(?:issue|environment|cause|related(?:\s+articles)?|问题|环境|原因|相关文章)\s*[:：]?\s*$)/iu;
const NUMBERED = /^\s*(\d+)[.)、]\s+/;

/** The article's text with the steps added at the end of its Resolution section (or at the end). */
export function withStepsAdded(text: string, steps: readonly string[]): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => RESOLUTION_HEADING.test(l));
  let end = lines.length;
  if (start >= 0) {
    const next = lines.findIndex((l, i) => i > start && ANY_HEADING.test(l));
    end = next < 0 ? lines.length : next;
  }
  // Insert after the section's last non-blank line, continuing its numbering.
  let at = end;
  while (at > start + 1 && at > 0 && lines[at - 1]!.trim() === '') at -= 1;
  let number = 0;
  for (let i = Math.max(0, start); i < at; i += 1) {
    const m = NUMBERED.exec(lines[i]!);
    if (m) number = Number(m[1]);
  }
  const added = steps.map((s, i) => (number > 0 || start >= 0 ? `${number + i + 1}. ${s}` : s));
  return [...lines.slice(0, at), ...added, ...lines.slice(at)].join('\n');
}

/**
 * When an existing article already covers the draft's topic, the update to propose: the draft's
 * resolution steps the article lacks, and a unified diff of the article with them added. Null when
 * no article covers the topic (the draft stays a new article).
 */
export async function proposeUpdate(
  draft: Draft,
  search: SearchArticles,
  embed: EmbedTexts,
  options: UpdateOptions = DEFAULT_UPDATE_OPTIONS,
): Promise<UpdateProposal | null> {
  const steps = draft.sections.find((s) => s.kind === 'resolution')?.sentences ?? [];
  if (steps.length === 0) return null;
  const stepVectors = await embed(steps.map((s) => s.text));
  const stepWords = steps.map((s) => contentWords(s.text));
  // Whole-text similarity alone confuses neighbours (two app problems); an article that covers the
  // topic also already says some of the draft's steps. The score weighs both.
  let best: { match: ArticleMatch; covered: boolean[]; score: number } | null = null;
  for (const match of (await search(draftQuery(draft))).slice(0, options.candidates)) {
    const sentences = splitSentences(match.text.split('\n').map((line) => line.replace(NUMBERED, '')).join('\n'));
    const vectors = await embed(sentences);
    const words = sentences.map((s) => contentWords(s));
    const covered = steps.map((_, i) => vectors.some((v, j) => dot(stepVectors[i]!, v) >= options.stepThreshold || overlapCoefficient(stepWords[i]!, words[j]!) >= options.stepOverlap));
    const share = covered.filter(Boolean).length / steps.length;
    const score = (match.similarity + share) / 2;
    if (share > 0 && score >= options.coverThreshold && (!best || score > best.score)) best = { match, covered, score };
  }
  if (!best) return null;
  const missingSteps: DraftSentence[] = steps.filter((_, i) => !best.covered[i]);
  const { match } = best;
  const updated = withStepsAdded(match.text, missingSteps.map((s) => s.text));
  return {
    articleId: match.articleId,
    articleTitle: match.title,
    similarity: match.similarity,
    missingSteps,
    diff: createTwoFilesPatch(match.title, match.title, ensureNewline(match.text), ensureNewline(updated), 'published', 'with missing steps', { context: 3 }),
  };
}

const ensureNewline = (s: string): string => (s.endsWith('\n') ? s : `${s}\n`);
