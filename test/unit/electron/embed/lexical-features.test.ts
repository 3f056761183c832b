import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureCounter } from '../../../../electron/core/embed/lexical/features';
import { tokenize } from '../../../../shared/text/segment';
import { banking77 } from '../../../../bench/embed/data';

const features = (counter: FeatureCounter): Array<[number, number]> =>
  Array.from({ length: counter.count }, (_, i) => [counter.featureAt(i), counter.weightAt(i)]);

/** The ASCII fast path must give exactly the features (and their order) of the tokenizer path. */
function expectSameFeatures(text: string): void {
  const fast = new FeatureCounter(16);
  const reference = new FeatureCounter(16);
  fast.countText(text);
  reference.countTokens(tokenize(text));
  expect(features(fast)).toEqual(features(reference));
}

describe('FeatureCounter ASCII fast path', () => {
  it('matches the tokenizer path on tricky ASCII text', () => {
    for (const text of [
      '',
      'Hello',
      "I can't log-in to my e-mail.account -- it's 3.5 o'clock... -x- a'b' .c",
      "My CARD's PIN isn't working!!! Top-up 100$ 'quoted' x-. y'- z.",
      'trailing joiner- and.',
      '\tTabs\nnewlines\r\nAND ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz',
    ])
      expectSameFeatures(text);
  });

  it('matches the tokenizer path on BANKING77 utterances', () => {
    const texts = banking77('train')
      .slice(0, 2000)
      .map((r) => r.text);
    for (let i = 0; i < texts.length; i += 5) expectSameFeatures(texts.slice(i, i + 5).join(' '));
  });

  it('matches the tokenizer path on random ASCII strings', () => {
    const alphabet = fc.constantFrom(..."aZ9 -.'_!?,\t\nxyzABCQ0".split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        expectSameFeatures(chars.join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves non-ASCII text to the tokenizer (Chinese, accents, curly apostrophes)', () => {
    for (const text of ['我想退货 refund', 'café crème', 'don’t do it', 'ＡＢＣ full-width']) {
      expectSameFeatures(text);
    }
  });
});
