import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../../../electron/core/drafts/draft';
import { withoutPersonalData } from '../../../../electron/core/drafts/privacy';
import type { DraftConversation } from '../../../../electron/core/drafts/types';
import { chineseConversations, englishConversations, lexicalEmbed } from './fixtures';

/** A Luhn-valid card number from 15 random digits. */
const card = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }).map((digits) => {
  let sum = 0;
  [...digits].reverse().forEach((d, i) => {
    const v = i % 2 === 0 ? d * 2 : d;
    sum += v > 9 ? v - 9 : v;
  });
  const check = (10 - (sum % 10)) % 10;
  return `${[...digits, check].join('').replace(/(\d{4})(?=\d)/g, '$1 ')}`;
});
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._]{2,10}$/), fc.stringMatching(/^[a-z]{3,8}$/), fc.constantFrom('com', 'net', 'org', 'cn'))
  .map(([user, domain, tld]) => `${user}@${domain}.${tld}`);
const phone = fc.oneof(
  fc.stringMatching(/^1[3-9]\d{9}$/),
  fc.tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 1000, max: 9999 })).map(([a, b, c]) => `+1 ${a}-${b}-${c}`),
);
const FIRST = ['Olivia', 'Marcus', 'Priya', 'Dana', 'Tomasz', 'Aisha'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Nakamura', 'Brennan'];
const ZH_NAMES = ['王芳', '李娜', '张伟', '刘洋', '陈静'];
const STREETS = ['Baker', 'Elm', 'Harbour View', 'Mill'];
const name = fc.oneof(
  fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([first, last]) => `my name is ${first} ${last}`),
  fc.constantFrom(...FIRST).map((first) => `this is ${first} from Northwind`),
  fc.constantFrom(...ZH_NAMES).map((zh) => `我叫${zh}`),
);
const address = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...STREETS), fc.constantFrom('Street', 'Road', 'Avenue', 'Lane')).map(([n, street, kind]) => `${n} ${street} ${kind}`),
  fc.tuple(fc.constantFrom('北京市朝阳区', '上海市浦东新区', '广州市天河区'), fc.constantFrom('建国', '世纪', '天河'), fc.integer({ min: 1, max: 999 })).map(([city, road, n]) => `${city}${road}路${n}号`),
);
/** What must never be printed of a planted phrase: the name or the address itself. */
const revealing = (planted: string): string[] => {
  const intro = /(?:my name is|this is|我叫)\s*(.+?)(?: from Northwind)?$/.exec(planted);
  return intro ? intro[1]!.split(' ').filter((part) => part.length > 1) : [planted];
};
const secret = fc.oneof(card, email, phone);

const SENTENCES = [
  (s: string) => `You can reach me at ${s}.`,
  (s: string) => `I have noted ${s} on the account.`,
  (s: string) => `Please update the app from the App Store, I sent the link to ${s}.`,
  (s: string) => `我的联系方式是 ${s}。`,
  (s: string) => `您可以先在应用商店更新 App，链接已发到 ${s}。`,
  (s: string) => `Clear the app cache under Settings > Storage (ref ${s}).`,
];

/** Plants secrets into random turns of realistic conversations. */
function plant(conversations: DraftConversation[], secrets: string[], picks: number[]): DraftConversation[] {
  return conversations.map((c, i) => {
    const s = secrets[i % secrets.length]!;
    const template = SENTENCES[picks[i % picks.length]! % SENTENCES.length]!;
    const turns = c.turns.map((t, k) => (k === (picks[i % picks.length]! % c.turns.length) ? { ...t, text: `${t.text} ${template(s)}` } : t));
    return { ...c, turns: [...turns, { role: 'agent' as const, text: template(s) }, { role: 'customer' as const, text: template(s) }] };
  });
}

describe('no personal data in drafts', () => {
  it('drops any sentence that carries personal data', () => {
    expect(withoutPersonalData('Email me at jo.smith@example.com')).toBeNull();
    expect(withoutPersonalData('Call 13812345678 now')).toBeNull();
    expect(withoutPersonalData('Hello [NAME], restart the app')).toBeNull();
    expect(withoutPersonalData('Your order [ORDER] shipped')).toBeNull();
    expect(withoutPersonalData('Set the multimeter to 12.6 volts.')).toBe('Set the multimeter to 12.6 volts.');
  });

  it('never prints a generated email, phone or card number, in English or Chinese', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(secret, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (secrets, picks, chinese) => {
          const base = chinese ? chineseConversations(6) : englishConversations(6);
          const outcome = await draftArticle({ topicId: 'pii', conversations: plant(base, secrets, picks), embed: lexicalEmbed });
          expect(outcome.ok).toBe(true);
          const printed = JSON.stringify(outcome.ok ? { ...outcome.draft, sourceTranscriptIds: [] } : outcome);
          const digitsOnly = printed.replace(/\D/g, '');
          for (const s of secrets) {
            expect(printed).not.toContain(s);
            if (!s.includes('@')) expect(digitsOnly).not.toContain(s.replace(/\D/g, '').slice(-7));
          }
          expect(printed).not.toMatch(/\[(EMAIL|PHONE|CARD|ACCOUNT|ADDRESS|NAME|IBAN|IP)\]/);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('never prints a name people give themselves or a street address, in English or Chinese', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(name, address), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (planted, picks, chinese) => {
          const base = chinese ? chineseConversations(6) : englishConversations(6);
          const outcome = await draftArticle({ topicId: 'pii', conversations: plant(base, planted, picks), embed: lexicalEmbed });
          expect(outcome.ok).toBe(true);
          const printed = JSON.stringify(outcome.ok ? { ...outcome.draft, sourceTranscriptIds: [] } : outcome);
          for (const p of planted) for (const part of revealing(p)) expect(printed).not.toContain(part);
          expect(printed).not.toMatch(/\[(ADDRESS|NAME)\]/);
        },
      ),
      { numRuns: 40 },
    );
  });
});
