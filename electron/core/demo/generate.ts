import type { TranscriptInput, Turn } from '../../../shared/domain/transcript';
import { ISSUES, type Bilingual, type IssueTemplate } from './issues';
import * as P from './phrases';
import { Random } from './random';

export type Lang = 'en' | 'zh';
type Kind = 'success' | 'escalated' | 'repeat_first';

export interface SeedArticle {
  id: string;
  slug: string;
  title: string;
  language: 'en' | 'zh-CN';
  markdown: string;
  tags: string[];
  issueKey: string;
  translationOf: string | null;
}

export interface IssueTruth {
  key: string;
  titleEn: string;
  titleZh: string;
  conversations: number;
  escalationRate: number;
  repeatRate: number;
  negativeRate: number;
  covered: boolean;
  articleIds: string[];
  resolutionStepsEn: string[];
  resolutionStepsZh: string[];
  /** 1 = highest planted friction (avoidable contacts per week). */
  frictionRank: number;
  transcriptIds: string[];
}

export interface DemoTruth {
  seed: number;
  generatedAt: string;
  conversations: number;
  issues: IssueTruth[];
}

export interface Demo {
  transcripts: TranscriptInput[];
  articles: SeedArticle[];
  truth: DemoTruth;
}

const DAY = 24 * 3600 * 1000;
const SPAN_DAYS = 70;
const CHANNELS = ['chat', 'email', 'voice', 'bot'] as const;
const CHANNEL_WEIGHTS = [0.45, 0.2, 0.15, 0.2];

const fill = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** The ISO time with the customer's offset (+08:00 for Chinese customers), to exercise time-zone handling. */
function isoWithOffset(ms: number, lang: Lang): string {
  if (lang === 'en') return new Date(ms).toISOString();
  const local = new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

class ConversationWriter {
  readonly turns: Turn[] = [];
  constructor(
    private readonly rng: Random,
    private readonly lang: Lang,
    private clock: number,
  ) {}

  say(role: Turn['role'], text: string): void {
    this.clock += this.rng.int(15, 120) * 1000;
    this.turns.push({ role, text, at: isoWithOffset(this.clock, this.lang) });
  }

  pick(options: Bilingual<string[]>, values: Record<string, string> = {}): string {
    return fill(this.rng.pick(options[this.lang]), values);
  }

  get endMs(): number {
    return this.clock;
  }
}

function piiSentence(rng: Random, lang: Lang, customer: number): string {
  return fill(rng.pick(P.PII[lang]), {
    email: `customer${customer}@mail.example.com`,
    phone: String(100000 + customer).slice(-6),
    phone8: String(10000000 + customer * 7919).slice(-8),
    order: `NW${4000000 + customer}`,
  });
}

interface Plan {
  issue: IssueTemplate;
  lang: Lang;
  channel: (typeof CHANNELS)[number];
  kind: Kind;
  negative: boolean;
  startMs: number;
  customer: number;
  cameBackAfterDays: number | null;
}

function writeConversation(rng: Random, plan: Plan, id: string): { transcript: TranscriptInput; endMs: number } {
  const { issue, lang, channel, kind } = plan;
  const w = new ConversationWriter(rng, lang, plan.startMs);
  const agent = rng.pick(P.AGENTS[lang]);
  const bot = channel === 'bot';
  if (bot) w.say('bot', w.pick(P.BOT_HELLO));
  let opener = w.pick(issue.open);
  if (plan.cameBackAfterDays !== null) opener = `${w.pick(P.CAME_BACK, { days: String(plan.cameBackAfterDays) })} ${opener}`;
  if (rng.chance(0.15)) opener = `${opener} ${piiSentence(rng, lang, plan.customer)}`;
  w.say('customer', opener);
  const helper: Turn['role'] = bot && kind === 'success' ? 'bot' : 'agent';
  if (bot && kind !== 'success') w.say('bot', w.pick(P.BOT_HANDOFF));
  if (helper === 'agent') w.say('agent', `${w.pick(P.GREETING, { agent })} ${w.pick(P.ASK_DEVICE)}`);
  else w.say('bot', w.pick(P.ASK_DEVICE));
  w.say('customer', w.pick(P.DEVICES));
  const steps = kind === 'escalated' ? issue.steps.slice(0, rng.int(1, Math.min(2, issue.steps.length))) : issue.steps;
  for (const step of steps) {
    w.say(helper, rng.pick(step[lang]));
    if (rng.chance(0.6)) w.say('customer', w.pick(P.ACK));
  }
  if (kind === 'escalated') {
    w.say('customer', w.pick(P.STILL_BROKEN));
    w.say('agent', w.pick(P.TRANSFER));
  } else if (kind === 'repeat_first') {
    w.say('customer', w.pick(P.LATER));
    w.say(helper, w.pick(P.CLOSING));
  } else {
    if (issue.cause && rng.chance(0.6)) w.say(helper, issue.cause[lang]);
    w.say('customer', w.pick(P.THANKS));
    w.say(helper, w.pick(P.CLOSING));
  }
  if (plan.negative) w.say('customer', w.pick(P.NEGATIVE_END));
  const csat = rng.chance(0.4) ? (plan.negative ? rng.int(1, 2) : kind === 'success' ? rng.int(4, 5) : 3) : null;
  const explicitEscalation = rng.chance(0.85);
  const transcript: TranscriptInput = {
    id,
    customer_id: `C${String(plan.customer).padStart(5, '0')}`,
    channel,
    language: lang === 'en' ? 'en' : 'zh-CN',
    started_at: isoWithOffset(plan.startMs, lang),
    ended_at: isoWithOffset(w.endMs, lang),
    turns: w.turns,
    outcome: {
      resolved: kind !== 'escalated',
      ...(explicitEscalation ? { escalated: kind === 'escalated' } : {}),
      ...(csat !== null ? { csat } : {}),
    },
    metadata: { product: 'Northwind Mobile', agent_team: bot ? 'virtual-agent' : 'tier-1' },
  };
  return { transcript, endMs: w.endMs };
}

function seedArticles(): SeedArticle[] {
  const articles: SeedArticle[] = [];
  for (const issue of ISSUES.filter((i) => i.covered)) {
    const section = (lang: Lang) => {
      const heading = lang === 'en' ? ['Issue', 'Environment', 'Resolution', 'Cause'] : ['问题', '环境', '解决方法', '原因'];
      // The eSIM article is deliberately out of date: it lacks the last step, so drafting proposes an update.
      const steps = issue.key === 'esim_activation' ? issue.steps.slice(0, -1) : issue.steps;
      return [
        `## ${heading[0]}`,
        '',
        issue.open[lang][0],
        '',
        `## ${heading[1]}`,
        '',
        lang === 'en' ? 'Northwind Mobile app on iOS and Android.' : 'Northwind Mobile App（iOS 和安卓）。',
        '',
        `## ${heading[2]}`,
        '',
        ...steps.map((s, i) => `${i + 1}. ${s[lang][0]}`),
        ...(issue.cause ? ['', `## ${heading[3]}`, '', issue.cause[lang]] : []),
        '',
      ].join('\n');
    };
    const en: SeedArticle = { id: `kb-${issue.key}-en`, slug: issue.key.replace(/_/g, '-'), title: issue.title.en, language: 'en', markdown: section('en'), tags: [issue.key.split('_')[0]!], issueKey: issue.key, translationOf: null };
    articles.push(en);
    if (['bill_higher', 'refund_status', 'plan_upgrade', 'esim_activation'].includes(issue.key)) {
      articles.push({ ...en, id: `kb-${issue.key}-zh`, title: issue.title.zh, language: 'zh-CN', markdown: section('zh'), translationOf: en.id });
    }
  }
  return articles;
}

/**
 * Generates the demo workspace's conversations, seed articles and planted truth, deterministically
 * for a seed: about `conversations` conversations over 25 issues, ~60% English and ~40% Chinese.
 */
export function generateDemo(options: { seed?: number; conversations?: number; now?: number } = {}): Demo {
  const seed = options.seed ?? 42;
  const target = options.conversations ?? 5000;
  const now = options.now ?? Date.parse('2026-11-24T09:00:00Z');
  const rng = new Random(seed);
  const plans: Plan[] = [];
  let customers = 0;
  const pending: Plan[] = [];

  while (plans.length + pending.length < target) {
    const dayOffset = rng.next() * SPAN_DAYS;
    const recent = dayOffset < 7;
    const issueIndex = rng.weighted(ISSUES.map((i) => i.weight * (recent ? i.trend : 1)));
    const issue = ISSUES[issueIndex]!;
    const lang: Lang = rng.chance(0.4) ? 'zh' : 'en';
    const channel = CHANNELS[rng.weighted(CHANNEL_WEIGHTS)]!;
    const startMs = now - dayOffset * DAY - rng.int(0, 8 * 3600) * 1000;
    const customer = (customers += 1);
    const r = rng.next();
    const kind: Kind = r < issue.rates.escalation ? 'escalated' : r < issue.rates.escalation + issue.rates.repeat ? 'repeat_first' : 'success';
    const plan: Plan = { issue, lang, channel, kind, negative: rng.chance(issue.rates.negative * (kind === 'success' ? 0.4 : 1.6)), startMs, customer, cameBackAfterDays: null };
    plans.push(plan);
    if (kind === 'repeat_first') {
      const days = rng.int(1, 6);
      const followStart = startMs + days * DAY + rng.int(0, 3600) * 1000;
      if (followStart < now) pending.push({ ...plan, channel: CHANNELS[rng.weighted(CHANNEL_WEIGHTS)]!, kind: rng.chance(0.7) ? 'success' : 'escalated', negative: rng.chance(0.3), startMs: followStart, cameBackAfterDays: days });
    } else if (rng.chance(0.04)) {
      // Some customers come back much later with another question: not a repeat contact.
      const other = ISSUES[rng.int(0, ISSUES.length - 1)]!;
      const laterStart = startMs + rng.int(9, 20) * DAY;
      if (laterStart < now) pending.push({ ...plan, issue: other, kind: 'success', negative: false, startMs: laterStart, cameBackAfterDays: null });
    }
  }
  const all = [...plans, ...pending].sort((a, b) => a.startMs - b.startMs);
  const transcripts: TranscriptInput[] = [];
  const byIssue = new Map<string, { ids: string[]; escalated: number; repeat: number; negative: number }>();
  const lastEnd = new Map<number, { endMs: number; id: string; issue: string }>();
  const repeatIds = new Set<string>();
  all.forEach((plan, index) => {
    const id = `NW-${String(index + 1).padStart(6, '0')}`;
    const { transcript, endMs } = writeConversation(rng, plan, id);
    transcripts.push(transcript);
    const previous = lastEnd.get(plan.customer);
    if (previous && plan.startMs - previous.endMs <= 7 * DAY) repeatIds.add(previous.id);
    lastEnd.set(plan.customer, { endMs, id, issue: plan.issue.key });
    const stats = byIssue.get(plan.issue.key) ?? { ids: [], escalated: 0, repeat: 0, negative: 0 };
    stats.ids.push(id);
    if (plan.kind === 'escalated') stats.escalated += 1;
    if (plan.negative) stats.negative += 1;
    byIssue.set(plan.issue.key, stats);
  });
  for (const [key, stats] of byIssue) stats.repeat = stats.ids.filter((id) => repeatIds.has(id)).length;

  const articles = seedArticles();
  const issues: IssueTruth[] = ISSUES.map((issue) => {
    const stats = byIssue.get(issue.key) ?? { ids: [], escalated: 0, repeat: 0, negative: 0 };
    const n = Math.max(1, stats.ids.length);
    return {
      key: issue.key,
      titleEn: issue.title.en,
      titleZh: issue.title.zh,
      conversations: stats.ids.length,
      escalationRate: stats.escalated / n,
      repeatRate: stats.repeat / n,
      negativeRate: stats.negative / n,
      covered: issue.covered,
      articleIds: articles.filter((a) => a.issueKey === issue.key).map((a) => a.id),
      resolutionStepsEn: issue.steps.map((s) => s.en[0]!),
      resolutionStepsZh: issue.steps.map((s) => s.zh[0]!),
      frictionRank: 0,
      transcriptIds: stats.ids,
    };
  });
  const weekly = (t: IssueTruth) => (t.conversations / (SPAN_DAYS / 7)) * (t.escalationRate + t.repeatRate + 0.5 * t.negativeRate);
  [...issues].sort((a, b) => weekly(b) - weekly(a)).forEach((t, i) => (t.frictionRank = i + 1));
  return { transcripts, articles, truth: { seed, generatedAt: new Date(now).toISOString(), conversations: transcripts.length, issues } };
}
