import { seedArticles } from './articles';
import { Random } from './random';
import { renderTranscript } from './render';
import { planConversations } from './schedule';
import { computeTruth } from './truth';
import type { Demo, DemoOptions } from './types';

export const DEFAULT_DEMO_SEED = 20240611;
export const DEFAULT_DEMO_CONVERSATIONS = 5000;
const MAX_CONVERSATIONS = 200_000;

/**
 * The demo workspace's data: bilingual conversations over 25 issues of a fictional mobile company,
 * seed articles for some issues, and the planted truth the analysis must find. The same seed (and
 * `now`) gives the same output on every machine.
 */
export function generateDemo(options: DemoOptions = {}): Demo {
  const seed = Math.trunc(options.seed ?? DEFAULT_DEMO_SEED);
  const total = Math.min(
    MAX_CONVERSATIONS,
    Math.max(1, Math.trunc(options.conversations ?? DEFAULT_DEMO_CONVERSATIONS)),
  );
  // Whole minutes, so the generated times do not depend on the millisecond the demo was made.
  const now = Math.floor((options.now ?? Date.now()) / 60_000) * 60_000;
  const planRng = new Random(seed);
  const plans = planConversations(planRng, total, now);
  // Each conversation gets its own stream, so changing one template does not reshuffle all the others.
  const transcripts = plans.map((plan, i) => renderTranscript(new Random(mix(seed, i)), plan));
  const articles = seedArticles(now);
  return { transcripts, articles, truth: computeTruth(seed, now, plans, transcripts, articles) };
}

/** A well-spread 32-bit seed for the i-th conversation. */
function mix(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x85ebca6b, 0xc2b2ae35) ^ Math.imul(index + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
