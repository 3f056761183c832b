import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeL, rougeN, rougeTokens } from '../../../../bench/drafts/rouge';

describe('ROUGE', () => {
  it('tokenizes lower-case words and Chinese characters', () => {
    expect(rougeTokens("Don't restart the Router, OK? 重启路由器")).toEqual(["don't", 'restart', 'the', 'router', 'ok', '重', '启', '路', '由', '器']);
  });

  it('matches the textbook example (Lin 2004)', () => {
    // Reference "police killed the gunman"; candidate "police kill the gunman": ROUGE-1 3/4, ROUGE-2 1/3, LCS 3.
    const s = rouge('police kill the gunman', 'police killed the gunman');
    expect(s.rouge1.f1).toBeCloseTo(0.75);
    expect(s.rouge2.f1).toBeCloseTo(1 / 3);
    expect(s.rougeL.f1).toBeCloseTo(0.75);
    // "the gunman kill police": same unigrams, LCS only 2 ("the gunman").
    expect(rouge('the gunman kill police', 'police killed the gunman').rougeL.f1).toBeCloseTo(0.5);
  });

  it('clips repeated n-grams and separates precision from recall', () => {
    const s = rougeN(['the', 'the', 'the', 'the'], ['the', 'cat', 'sat', 'on', 'the', 'mat'], 1);
    expect(s.precision).toBeCloseTo(2 / 4);
    expect(s.recall).toBeCloseTo(2 / 6);
    const l = rougeL(['a', 'b'], ['a', 'x', 'b', 'y']);
    expect([l.precision, l.recall]).toEqual([1, 0.5]);
    expect(rouge('', 'anything').rougeL.f1).toBe(0);
  });

  it('LCS is symmetric, bounded by both lengths, and full on identical texts', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const l = lcsLength(a, b);
        expect(l).toBe(lcsLength(b, a));
        expect(l).toBeLessThanOrEqual(Math.min(a.length, b.length));
        expect(lcsLength(a, a)).toBe(a.length);
      }),
    );
  });
});
