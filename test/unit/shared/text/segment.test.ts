import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectScript, hasCjk, tokenize, tokenSpans, words } from '../../../../shared/text/segment';

describe('tokenize', () => {
  it('lower-cases Latin words and keeps inner apostrophes and hyphens', () => {
    expect(tokenize("I can't find my E-mail, 2 Cards!")).toEqual([
      'i',
      "can't",
      'find',
      'my',
      'e-mail',
      '2',
      'cards',
    ]);
  });

  it('segments Chinese into words and adds the character bigrams the segmenter split apart', () => {
    const tokens = tokenize('我想退货');
    expect(tokens).toContain('我想');
    // The segmenter gives 退|货; the bigram brings the word back.
    expect(tokens).toContain('退货');
    expect(words('物流信息一直没有更新')).toEqual(['物流', '信息', '一直', '没有', '更新']);
  });

  it('does not repeat a two-character word as a bigram', () => {
    const tokens = tokenize('物流信息');
    expect(tokens.filter((t) => t === '物流')).toHaveLength(1);
    expect(tokens).toContain('流信');
  });

  it('splits mixed runs of Latin and Chinese', () => {
    expect(words('iPhone没有信号')).toEqual(['iphone', '没有', '信号']);
  });

  it('normalizes full-width forms', () => {
    expect(tokenize('ＡＢＣ１２３')).toEqual(['abc123']);
  });

  it('gives spans that point back at the original text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', ' ', '退', '货', '物', '流', '-', '7', ',') }),
        (text) => {
          for (const span of tokenSpans(text)) {
            expect(text.slice(span.start, span.end).normalize('NFKC').toLowerCase()).toBe(
              span.token,
            );
          }
        },
      ),
    );
  });
});

describe('detectScript', () => {
  it('names the dominant script', () => {
    expect(detectScript('我的订单在哪里 order')).toBe('han');
    expect(detectScript('Where is my order 订单')).toBe('latin');
    expect(detectScript('これは日本語です')).toBe('kana');
    expect(detectScript('Привет')).toBe('cyrillic');
    expect(detectScript('12 34 !')).toBe('none');
    expect(hasCjk('abc')).toBe(false);
    expect(hasCjk('abc退')).toBe(true);
  });
});
