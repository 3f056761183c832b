import { ISSUES, type IssueTemplate } from './issues';
import { makePerson, type Person } from './pii';
import { OFFSETS_MINUTES } from './phrases/people';
import { Random } from './random';
import type { DemoChannel, Lang } from './types';

export const DAY_MS = 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;
export const REPEAT_WINDOW_DAYS = 7;
export const PERIOD_DAYS = 70;
const RECENT_DAYS = 7;
/** Returning about another matter, or the same one, only after this many days: never a repeat. */
const RETURN_GAP_DAYS = 8;
const MAX_CHAIN = 4;
const LATE_RETURN_CHANCE = 0.07;
const RETURNING_CUSTOMER_CHANCE = 0.15;
const CSAT_CHANCE = 0.4;

export type ConversationKind = 'success' | 'unresolved' | 'escalated';

export interface Customer {
  id: string;
  person: Person;
  lang: Lang;
  offsetMinutes: number;
  busyUntil: number;
}

/** One conversation before it is written: who, when, about what, and how it ends. */
export interface PlannedConversation {
  id: string;
  issue: IssueTemplate;
  lang: Lang;
  channel: DemoChannel;
  customer: Customer;
  startMs: number;
  endMs: number;
  kind: ConversationKind;
  negative: boolean;
  csat: number | null;
  /** The contact before it in the same episode (a repeat follow-up or a late return). */
  previous: PlannedConversation | null;
  lateReturn: boolean;
  /** The same customer gets in touch again within the repeat window. */
  followedWithinWindow: boolean;
}

const CHANNEL_WEIGHTS: Record<Lang, Record<DemoChannel, number>> = {
  en: { chat: 0.35, email: 0.15, voice: 0.2, bot: 0.3 },
  zh: { chat: 0.42, email: 0.06, voice: 0.22, bot: 0.3 },
};
/** Customers write mostly in the day and evening of their own time zone. */
const HOUR_WEIGHTS = [
  0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 1, 1.3, 1.4, 1.3, 1.2, 1.2, 1.3, 1.3, 1.2, 1.1, 1.1,
  1.2, 1.2, 1, 0.7, 0.4,
];
const DURATION_MINUTES: Record<DemoChannel, [number, number]> = {
  chat: [4, 25],
  voice: [3, 22],
  bot: [1, 6],
  email: [6 * 60, 3 * 24 * 60],
};

type Draft = Omit<
  PlannedConversation,
  'id' | 'previous' | 'customer' | 'kind' | 'negative' | 'csat' | 'followedWithinWindow'
> & { offsetMinutes: number };

/** Plans exactly `total` conversations over the ten weeks before `now`, episode by episode. */
export function planConversations(rng: Random, total: number, now: number): PlannedConversation[] {
  const weights = ISSUES.map((issue) => issue.weight);
  const episodes: Draft[][] = [];
  const outcomeRngs: Random[] = [];
  let count = 0;
  while (count < total) {
    const issue = ISSUES[rng.weighted(weights)]!;
    // Each episode draws from its own stream, so changing one issue's rates leaves the others' data as it was.
    const episodeRng = new Random(Math.floor(rng.next() * 2 ** 32));
    const episode = planEpisode(episodeRng, issue, now).slice(0, total - count);
    episodes.push(episode);
    outcomeRngs.push(episodeRng);
    count += episode.length;
  }
  const customers = assignCustomers(rng, episodes);
  const planned = episodes.flatMap((episode, e) => decideOutcomes(outcomeRngs[e]!, episode, customers[e]!, now));
  planned.sort((a, b) => a.startMs - b.startMs);
  planned.forEach((p, i) => (p.id = `NW-${100001 + i}`));
  return planned;
}

function planEpisode(rng: Random, issue: IssueTemplate, now: number): Draft[] {
  const lang: Lang = rng.chance(0.6) ? 'en' : 'zh';
  const offsetMinutes = rng.pick(OFFSETS_MINUTES[lang]);
  const first = draft(
    rng,
    { issue, lang, offsetMinutes },
    firstStart(rng, issue, offsetMinutes, now),
    false,
  );
  // Long email threads started near the end would finish in the future: move them back a day at a time.
  while (first.endMs > now) {
    first.startMs -= DAY_MS;
    first.endMs -= DAY_MS;
  }
  const episode = [first];
  let last = first;
  while (episode.length < MAX_CHAIN && rng.chance(ratesAt(issue, first.startMs, now).repeat)) {
    const gap = DAY_MS + rng.next() * 5.5 * DAY_MS;
    const next = draft(rng, first, last.endMs + gap, false);
    if (next.endMs > now) break;
    episode.push(next);
    last = next;
  }
  if (rng.chance(LATE_RETURN_CHANCE)) {
    const gap = RETURN_GAP_DAYS * DAY_MS + rng.next() * 12 * DAY_MS;
    const late = draft(rng, first, last.endMs + gap, true);
    if (late.endMs <= now) episode.push(late);
  }
  return episode;
}

type EpisodeTopic = Pick<Draft, 'issue' | 'lang' | 'offsetMinutes'>;

function draft(rng: Random, topic: EpisodeTopic, startMs: number, lateReturn: boolean): Draft {
  const { issue, lang, offsetMinutes } = topic;
  const weights = CHANNEL_WEIGHTS[lang];
  const channels = Object.keys(weights) as DemoChannel[];
  const channel = channels[rng.weighted(channels.map((c) => weights[c]))]!;
  const [min, max] = DURATION_MINUTES[channel];
  const endMs = startMs + (min + rng.next() * (max - min)) * 60_000;
  return {
    issue,
    lang,
    offsetMinutes,
    channel,
    startMs: Math.round(startMs / 1000) * 1000,
    endMs: Math.round(endMs / 1000) * 1000,
    lateReturn,
  };
}

/** A start time: rising issues put more of their volume in the last week; local office-ish hours. */
function firstStart(rng: Random, issue: IssueTemplate, offsetMinutes: number, now: number): number {
  const recentShare =
    (RECENT_DAYS * issue.trend) / (PERIOD_DAYS - RECENT_DAYS + RECENT_DAYS * issue.trend);
  const daysBack = rng.chance(recentShare)
    ? rng.next() * RECENT_DAYS
    : RECENT_DAYS + rng.next() * (PERIOD_DAYS - RECENT_DAYS);
  const localDayStart =
    Math.floor((now - daysBack * DAY_MS + offsetMinutes * 60_000) / DAY_MS) * DAY_MS;
  const hour = rng.weighted(HOUR_WEIGHTS);
  let start = localDayStart + hour * HOUR_MS + rng.next() * HOUR_MS - offsetMinutes * 60_000;
  // Keep the first contact inside the period, and early enough to have ended before now.
  while (start > now - 2 * HOUR_MS) start -= DAY_MS;
  return Math.max(start, now - PERIOD_DAYS * DAY_MS);
}

/** One customer per episode; some customers come back about something else, always after a clear gap. */
function assignCustomers(rng: Random, episodes: Draft[][]): Customer[] {
  const order = episodes
    .map((_, i) => i)
    .sort((a, b) => episodes[a]![0]!.startMs - episodes[b]![0]!.startMs);
  const pools = new Map<string, Customer[]>();
  const used = new Set<string>();
  const result: Customer[] = new Array<Customer>(episodes.length);
  for (const index of order) {
    const episode = episodes[index]!;
    const { lang, startMs, offsetMinutes } = episode[0]!;
    const poolKey = `${lang}${offsetMinutes}`;
    const pool = pools.get(poolKey) ?? [];
    pools.set(poolKey, pool);
    let customer: Customer | null = null;
    if (pool.length > 0 && rng.chance(RETURNING_CUSTOMER_CHANCE)) {
      for (let attempt = 0; attempt < 8 && !customer; attempt += 1) {
        const candidate = rng.pick(pool);
        if (candidate.busyUntil + RETURN_GAP_DAYS * DAY_MS < startMs) customer = candidate;
      }
    }
    if (!customer) {
      customer = { id: '', person: makePerson(rng, lang), lang, offsetMinutes, busyUntil: 0 };
      customer.id = uniqueCustomerId(rng, customer.person.email, used);
      pool.push(customer);
    }
    customer.busyUntil = Math.max(customer.busyUntil, ...episode.map((c) => c.endMs));
    result[index] = customer;
  }
  return result;
}

function uniqueCustomerId(rng: Random, email: string, used: Set<string>): string {
  // A few systems key customers by email; the importer pseudonymises those when it redacts.
  let id = rng.chance(0.1) && !used.has(email) ? email : `C${rng.int(1_000_000, 9_999_999)}`;
  while (used.has(id)) id = `C${rng.int(1_000_000, 9_999_999)}`;
  used.add(id);
  return id;
}

/** Escalation and negativity are drawn per conversation; success is what neither failed nor came back. */
function decideOutcomes(rng: Random, episode: Draft[], customer: Customer, now: number): PlannedConversation[] {
  const planned: PlannedConversation[] = [];
  episode.forEach((d, i) => {
    const next = episode[i + 1];
    const followedWithinWindow =
      next !== undefined &&
      !next.lateReturn &&
      next.startMs - d.endMs <= REPEAT_WINDOW_DAYS * DAY_MS;
    const rates = ratesAt(d.issue, d.startMs, now);
    const kind: ConversationKind = rng.chance(rates.escalation)
      ? 'escalated'
      : followedWithinWindow
        ? 'unresolved'
        : 'success';
    const isNegative = rng.chance(negativeChance(rates, kind));
    const csat = rng.chance(CSAT_CHANCE) ? csatFor(rng, kind, isNegative) : null;
    const previous = i > 0 ? planned[i - 1]! : null;
    planned.push({
      ...d,
      id: '',
      customer,
      kind,
      negative: isNegative,
      csat,
      previous,
      followedWithinWindow,
    });
  });
  return planned;
}

/** The issue's planted rates at a moment: lower after its seed article was published, if it was. */
export function ratesAt(issue: IssueTemplate, ms: number, now: number): IssueTemplate['rates'] {
  return issue.published && ms >= now - issue.published.daysAgo * DAY_MS ? issue.published.ratesAfter : issue.rates;
}

/** Failed conversations are more often negative; chosen so the overall share matches the planted rate. */
function negativeChance(rates: IssueTemplate['rates'], kind: ConversationKind): number {
  const { escalation, repeat, negative } = rates;
  const failShare = 1 - (1 - escalation) * (1 - repeat);
  const onSuccess = negative * 0.35;
  if (kind === 'success') return onSuccess;
  return Math.min(0.95, (negative - (1 - failShare) * onSuccess) / failShare);
}

function csatFor(rng: Random, kind: ConversationKind, negative: boolean): number {
  if (negative) return rng.chance(0.6) ? 1 : 2;
  if (kind === 'success') return rng.chance(0.65) ? 5 : 4;
  return rng.chance(0.5) ? 3 : 4;
}
