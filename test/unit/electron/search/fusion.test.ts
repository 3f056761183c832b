import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reciprocalRankFusion } from '../../../../electron/core/search/rrf';
import { makeSnippet } from '../../../../electron/core/search/snippet';
import { searchWhere } from '../../../../electron/core/search/filters';

describe('reciprocalRankFusion', () => {
  it('ranks a key found by both lists above keys found by one', () => {
    const fused = reciprocalRankFusion([
      ['a', 'b', 'c'],
      ['c', 'd', 'a'],
    ]);
    expect(fused.map((f) => f.key).slice(0, 2)).toEqual(['a', 'c']);
    expect(fused.find((f) => f.key === 'a')!.score).toBeCloseTo(1 / 61 + 1 / 63, 10);
  });

  it('keeps every key once, scores descending', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'))),
        (lists) => {
          const fused = reciprocalRankFusion(lists);
          expect(new Set(fused.map((f) => f.key)).size).toBe(fused.length);
          expect(new Set(fused.map((f) => f.key))).toEqual(new Set(lists.flat()));
          for (let i = 1; i < fused.length; i += 1)
            expect(fused[i - 1]!.score).toBeGreaterThanOrEqual(fused[i]!.score);
        },
      ),
    );
  });
});

describe('makeSnippet', () => {
  it('centres on the densest matches and marks them as ranges', () => {
    const text = `${'filler words here. '.repeat(30)}My refund has not arrived and the refund status is unclear. ${'more filler. '.repeat(30)}`;
    const snippet = makeSnippet(text, 'Refund status');
    const marked = snippet.highlights.map(([s, e]) => snippet.text.slice(s, e).toLowerCase());
    expect(marked).toEqual(['refund', 'refund', 'status']);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThan(230);
  });

  it('marks Chinese words inside unspaced text', () => {
    const snippet = makeSnippet('您好，我想退货，物流信息一直没有更新', '退货 物流');
    const marked = snippet.highlights.map(([s, e]) => snippet.text.slice(s, e));
    expect(marked).toContain('退货');
    expect(marked.some((m) => m.includes('物流'))).toBe(true);
  });

  it('never returns ranges outside the snippet', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 20 }), (text, query) => {
        const snippet = makeSnippet(text, query, 50);
        for (const [s, e] of snippet.highlights) {
          expect(s).toBeLessThan(e);
          expect(e).toBeLessThanOrEqual(snippet.text.length);
        }
      }),
    );
  });
});

describe('searchWhere', () => {
  it('quotes values so a filter cannot inject SQL', () => {
    expect(searchWhere(['article'], { language: "en' OR 1=1 --" })).toBe(
      "kind IN ('article') AND language = 'en'' OR 1=1 --'",
    );
    expect(searchWhere(undefined, { from: 'not a date' })).toBeUndefined();
  });
});
