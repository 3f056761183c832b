import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ibanValid, luhnValid, MAY_MATCH, redact } from '../../../../shared/text/pii';

const luhnCard = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 })
  .map((digits) => {
    const body = [4, ...digits];
    for (let check = 0; check < 10; check += 1) {
      const candidate = [...body, check].join('');
      if (luhnValid(candidate)) return candidate;
    }
    throw new Error('unreachable');
  });
const cnMobile = fc
  .tuple(
    fc.integer({ min: 3, max: 9 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
  )
  .map(([second, rest]) => `1${second}${rest.join('')}`);
const intlPhone = fc
  .tuple(
    fc.integer({ min: 1, max: 99 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 10 }),
  )
  .map(
    ([cc, rest]) =>
      `+${cc} ${rest.slice(0, 3).join('')} ${rest.slice(3, 6).join('')} ${rest.slice(6).join('')}`,
  );
const words = fc
  .array(fc.stringMatching(/^[a-zA-Z]{1,10}$/), { maxLength: 12 })
  .map((w) => w.join(' '));
const sep = fc.constantFrom(' ', ', ', '：', ' (', '\n');

describe('redaction', () => {
  it('leaves no generated email, phone or card number in the text', () => {
    fc.assert(
      fc.property(
        words,
        fc.emailAddress(),
        luhnCard,
        fc.oneof(cnMobile, intlPhone),
        sep,
        words,
        (before, email, card, phone, s, after) => {
          const spacedCard = card.replace(/(\d{4})(?=\d)/g, '$1 ');
          const text = `${before}${s}${email}${s}${spacedCard}${s}${phone}${s}${after}`;
          const out = redact(text);
          expect(out).not.toContain(email);
          expect(out.replace(/\D/g, '')).not.toContain(card);
          expect(out.replace(/\D/g, '')).not.toContain(phone.replace(/\D/g, '').slice(-9));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not change text without personal data', () => {
    fc.assert(
      fc.property(words, (text) => {
        expect(redact(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
    expect(redact('My eSIM stopped working after the iOS 17.2 update, tried twice.')).toBe(
      'My eSIM stopped working after the iOS 17.2 update, tried twice.',
    );
  });

  it('uses typed placeholders, checks Luhn and IBAN sums, and redacts names and account numbers', () => {
    expect(redact('mail me at ann.lee@example.co.uk or call 138 0013 8000')).toBe(
      'mail me at [EMAIL] or call [PHONE]',
    );
    expect(redact('card 4111 1111 1111 1111, not 4111 1111 1111 1112')).toContain(
      'card [CARD], not',
    );
    expect(redact('IBAN GB82 WEST 1234 5698 7654 32 please')).toBe('IBAN [IBAN] please');
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
    expect(redact('my order number is 88231045 and IP 192.168.1.20')).toBe(
      'my order number is [ACCOUNT] and IP [IP]',
    );
    expect(redact('您好，我叫王小明，订单号：2023110588', { names: ['王小明'] })).toBe(
      '您好，我叫[NAME]，订单号：[ACCOUNT]',
    );
    expect(redact('Thanks Crystal, bye', { names: ['Crystal Minh'] })).toBe('Thanks [NAME], bye');
    expect(redact('ref NW-99812', { accountPatterns: ['NW-\\d+'] })).toBe('ref [ACCOUNT]');
  });

  it('redacts street addresses and the names people introduce themselves by, and leaves look-alikes', () => {
    expect(redact('I live at 12 Baker Street, London NW1 6XE')).toBe(
      'I live at [ADDRESS], London [ADDRESS]',
    );
    expect(redact('send it to 4 elm rd please')).toBe('send it to [ADDRESS] please');
    expect(redact('寄到北京市朝阳区建国路88号3栋502室')).not.toMatch(/建国路|88号|502/);
    expect(redact('Hi, my name is Jo Lee and my card is blocked')).toBe(
      'Hi, my name is [NAME] and my card is blocked',
    );
    expect(redact('This is Dana from Northwind support')).toBe(
      'This is [NAME] from Northwind support',
    );
    expect(redact('我叫王芳，我的订单没到')).toBe('我叫[NAME]，我的订单没到');
    expect(redact('您好，我是客服小李，很高兴为您服务')).toBe(
      '您好，我是客服[NAME]，很高兴为您服务',
    );
    for (const text of [
      'I tried 3 different ways',
      'my 2 hard drive died',
      "I'm Stuck with this",
      'this is urgent',
      'It has been 3 days',
      'Restart the router, wait 30 seconds',
      'iPhone 13 on iOS 17.2 with 5G',
      '客服你好，新手机上的 eSIM 用不了',
      '客服在吗，我的快递没到',
    ]) {
      expect(redact(text)).toBe(text);
    }
  });
});

describe('redaction pre-checks', () => {
  /** Pieces of every pattern (digits, capitals, street words, Chinese markers, Unicode case folds like K and ſ). */
  const piece = fc.constantFrom(
    ...'0123456789 AZGBDEX.-:#,/'.split(''),
    'order',
    'ORDER',
    'tic\u212Aet',
    'ca\u017Fe',
    'account',
    'Road',
    'st',
    'Street',
    'rd',
    'Drive',
    'Way',
    '订单',
    '号',
    '路',
    '大道',
    '栋',
    '单元',
    '室',
    '北京市朝阳区',
    '12 ',
    '221',
    'Baker ',
    'high ',
    ' Road',
    ' Court',
    'GB82',
    'WEST',
    '1AA',
    'SW1A ',
    '13800',
    '88号',
    '3栋',
    '502',
    ' no. ',
    'is ',
    '\n',
    '\u00A0',
  );
  it('are true of every text a gated pattern matches, so skipping on them changes nothing', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        for (const [pattern, check] of MAY_MATCH) {
          const once = new RegExp(pattern.source, pattern.flags.replace('g', ''));
          if (once.test(text))
            expect(check.test(text), `${pattern.source} on ${JSON.stringify(text)}`).toBe(true);
        }
      }),
      { numRuns: 20_000 },
    );
  });
});
