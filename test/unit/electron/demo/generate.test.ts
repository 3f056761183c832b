import { beforeAll, describe, expect, it } from 'vitest';
import { transcriptSchema } from '../../../../shared/domain/transcript';
import { redact } from '../../../../shared/text/pii';
import { generateDemo } from '../../../../electron/core/demo/generate';
import { ISSUES } from '../../../../electron/core/demo/issues';
import type { Demo } from '../../../../electron/core/demo/types';

const NOW = Date.parse('2025-03-01T09:00:00Z');
const DAY = 24 * 3600 * 1000;

describe('generateDemo', () => {
  let demo: Demo;
  beforeAll(() => {
    demo = generateDemo({ seed: 42, conversations: 5000, now: NOW });
  });

  it('is the same for the same seed and different for another', () => {
    const again = generateDemo({ seed: 42, conversations: 5000, now: NOW });
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
    const other = generateDemo({ seed: 43, conversations: 5000, now: NOW });
    expect(JSON.stringify(other.transcripts)).not.toBe(JSON.stringify(demo.transcripts));
    expect(other.truth.issues.map((i) => i.conversations)).not.toEqual(
      demo.truth.issues.map((i) => i.conversations),
    );
  });

  it('generates 5,000 conversations in well under 2 s of CPU time', () => {
    const before = process.cpuUsage();
    const fresh = generateDemo({ seed: 7, conversations: 5000, now: NOW });
    const used = process.cpuUsage(before);
    expect(fresh.transcripts).toHaveLength(5000);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
  });

  it('produces valid canonical transcripts with unique ids', () => {
    for (const transcript of demo.transcripts) {
      const parsed = transcriptSchema.safeParse(transcript);
      expect(parsed.success, `${transcript.id}: ${parsed.error?.message}`).toBe(true);
    }
    expect(new Set(demo.transcripts.map((t) => t.id)).size).toBe(5000);
  });

  it('spreads 25 issues over both languages (about 60/40) and all four channels', () => {
    expect(ISSUES).toHaveLength(25);
    expect(demo.truth.issues).toHaveLength(25);
    for (const issue of demo.truth.issues) {
      expect(issue.byLanguage.en, issue.key).toBeGreaterThan(20);
      expect(issue.byLanguage['zh-CN'], issue.key).toBeGreaterThan(15);
    }
    const english =
      demo.transcripts.filter((t) => (t.language ?? detect(t.turns[0]!.text)) === 'en').length /
      5000;
    expect(english).toBeGreaterThan(0.55);
    expect(english).toBeLessThan(0.65);
    expect(Object.keys(demo.truth.byChannel).sort()).toEqual(['bot', 'chat', 'email', 'voice']);
    // A few exports leave the language out; the importer has to detect it.
    const unlabelled = demo.transcripts.filter((t) => t.language === undefined).length;
    expect(unlabelled).toBeGreaterThan(50);
    expect(unlabelled).toBeLessThan(500);
  });

  it('writes Chinese conversations in Chinese and English ones in English', () => {
    const han = /\p{Script=Han}/u;
    for (const t of demo.transcripts.filter((x) => x.language)) {
      const customerText = t.turns
        .filter((turn) => turn.role === 'customer')
        .map((turn) => turn.text)
        .join(' ');
      expect(han.test(customerText), t.id).toBe(t.language === 'zh-CN');
    }
  });

  it('spans about ten weeks, with time-zone offsets including +08:00 and UTC', () => {
    const starts = demo.transcripts.map((t) => Date.parse(t.started_at!));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(NOW - 71 * DAY);
    expect(Math.max(...demo.transcripts.map((t) => Date.parse(t.ended_at!)))).toBeLessThanOrEqual(
      NOW,
    );
    const offsets = new Set(
      demo.transcripts.map((t) => /(Z|[+-]\d\d:\d\d)$/.exec(t.started_at!)?.[1]),
    );
    expect(offsets).toContain('+08:00');
    expect(offsets).toContain('Z');
    expect([...offsets].some((o) => o?.startsWith('-'))).toBe(true);
    for (const t of demo.transcripts.slice(0, 500)) {
      const times = t.turns.map((turn) => Date.parse(turn.at!));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times[0]).toBe(Date.parse(t.started_at!));
    }
    const chinese = demo.transcripts.filter((t) => t.language === 'zh-CN' && t.channel !== 'voice');
    expect(chinese.every((t) => t.started_at!.endsWith('+08:00'))).toBe(true);
  });

  it('records outcome flags on most conversations, CSAT on about 40%', () => {
    const withEscalated =
      demo.transcripts.filter((t) => t.outcome?.escalated !== undefined).length / 5000;
    const withResolved =
      demo.transcripts.filter((t) => t.outcome?.resolved !== undefined).length / 5000;
    const withCsat =
      demo.transcripts.filter((t) => typeof t.outcome?.csat === 'number').length / 5000;
    expect(withEscalated).toBeGreaterThan(0.7);
    expect(withEscalated).toBeLessThan(0.9);
    expect(withResolved).toBeGreaterThan(0.75);
    expect(withResolved).toBeLessThan(0.95);
    expect(withCsat).toBeGreaterThan(0.35);
    expect(withCsat).toBeLessThan(0.45);
  });

  it('has bot conversations, some handed over to a human agent', () => {
    const bot = demo.transcripts.filter((t) => t.channel === 'bot');
    const handedOver = bot.filter((t) => t.turns.some((turn) => turn.role === 'agent'));
    expect(bot.length).toBeGreaterThan(1000);
    expect(handedOver.length).toBeGreaterThan(100);
    expect(handedOver.length).toBeLessThan(bot.length / 2);
  });

  it('lets personal data slip into some raw turns, and the redactor catches it', () => {
    const text = demo.transcripts.flatMap((t) => t.turns.map((turn) => turn.text)).join('\n');
    const emails = text.match(/[\w.]+@(mail\.)?example\.(com|org|net|cn)/g) ?? [];
    const cards = text.match(/\b(?:\d{4} ){3}\d{4}\b/g) ?? [];
    const orders = text.match(/NW\d{8}/g) ?? [];
    const phones =
      text.match(/07700 900\d{3}|\+1 202-555-01\d\d|1[3-9]\d{9}|1[3-9]\d \d{4} \d{4}/g) ?? [];
    for (const found of [emails, cards, orders, phones]) expect(found.length).toBeGreaterThan(20);
    const redacted = redact(text);
    for (const value of [...emails, ...cards, ...phones].slice(0, 200))
      expect(redacted).not.toContain(value);
    // The company's own no-reply address is not personal, but an email pattern still takes it.
    expect(demo.transcripts.filter((t) => t.customer_id?.includes('@')).length).toBeGreaterThan(50);
  });

  it('varies greetings, agents and wording across conversations', () => {
    const chats = demo.transcripts.filter((t) => t.channel === 'chat');
    const greetings = new Set(
      chats.map((t) => t.turns[0]!.text.replace(String(t.metadata?.agent), '{agent}')),
    );
    expect(greetings.size).toBeGreaterThanOrEqual(6);
    const openings = new Set(chats.map((t) => t.turns[1]!.text));
    expect(openings.size).toBeGreaterThan(chats.length / 3);
    const agents = new Set(demo.transcripts.map((t) => t.metadata?.agent).filter(Boolean));
    expect(agents.size).toBeGreaterThan(15);
  });
});

const detect = (text: string): string => (/\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en');
